/** What every persistence adapter reads the same way. */
package dk.samtaleregister.faelles.persistence;
