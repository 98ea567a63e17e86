/** Idempotency keys (application). */
package dk.samtaleregister.idempotens.application;
