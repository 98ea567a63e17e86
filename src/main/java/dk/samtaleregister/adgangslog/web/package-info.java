/** The correlation id, the record written for every request, and STAR's search of the log. */
package dk.samtaleregister.adgangslog.web;
