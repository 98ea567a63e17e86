/** Use cases on held conversations: registering one under the rules, reading and searching. */
package dk.samtaleregister.samtale.application;
