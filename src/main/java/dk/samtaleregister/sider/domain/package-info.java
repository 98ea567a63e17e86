/** What the pages compute themselves, in pure Java: the geometry of the timeline picture. */
package dk.samtaleregister.sider.domain;
