/** The exports in plain SQL: one COPY per export, streamed from PostgreSQL straight to the answer. */
package dk.samtaleregister.eksport.persistence;
