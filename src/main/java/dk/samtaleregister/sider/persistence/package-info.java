/** What the pages read themselves: the CPR numbers of the citizens a dashboard lists. */
package dk.samtaleregister.sider.persistence;
