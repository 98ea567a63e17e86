/** The citizen: the CPR number and the periods that make up the citizen's situation on a day. Pure Java. */
package dk.samtaleregister.borger.domain;
