/** The outbox table {@code haendelse} and its sequencer, in plain SQL. */
package dk.samtaleregister.haendelse.persistence;
