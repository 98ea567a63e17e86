/** Idempotency keys (web). */
package dk.samtaleregister.idempotens.web;
