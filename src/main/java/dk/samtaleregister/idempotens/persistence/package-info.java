/** Idempotency keys (persistence). */
package dk.samtaleregister.idempotens.persistence;
