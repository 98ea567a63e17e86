/** Bookings in plain SQL: the current row and its append-only versions, written together in one statement. */
package dk.samtaleregister.planlaegning.persistence;
