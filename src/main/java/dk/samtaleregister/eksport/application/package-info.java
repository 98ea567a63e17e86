/** The bulk export as a use case: whose rows the caller gets, the audit record, the read-only transaction. */
package dk.samtaleregister.eksport.application;
