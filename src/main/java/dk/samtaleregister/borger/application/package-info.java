/** Use cases on the citizen's situation: registering periods and looking a citizen up. */
package dk.samtaleregister.borger.application;
