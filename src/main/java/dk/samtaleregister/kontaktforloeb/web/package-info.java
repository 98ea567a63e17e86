/** HTTP adapter for the kontaktforløb: /api/v1/kontaktforloeb, with the CPR number in the body. */
package dk.samtaleregister.kontaktforloeb.web;
