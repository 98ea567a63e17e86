/** Writing and searching the audit log. */
package dk.samtaleregister.adgangslog.application;
