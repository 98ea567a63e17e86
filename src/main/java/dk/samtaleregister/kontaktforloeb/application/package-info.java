/** Computes a citizen's kontaktforløb from the stored periods and conversations, as of a day. Nothing is stored. */
package dk.samtaleregister.kontaktforloeb.application;
