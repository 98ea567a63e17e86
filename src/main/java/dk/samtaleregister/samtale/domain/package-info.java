/** Held conversations: what a registration must contain and the named rules it is judged by. Pure Java. */
package dk.samtaleregister.samtale.domain;
