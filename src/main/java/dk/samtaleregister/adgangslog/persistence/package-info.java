/** The append-only audit table, in plain SQL. */
package dk.samtaleregister.adgangslog.persistence;
