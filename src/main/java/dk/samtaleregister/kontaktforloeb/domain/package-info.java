/**
 * The legal contact requirements (krav) of a kontaktforløb, read from an effective-dated rule file, and the pure
 * computation of their windows, deadlines and fulfilment for one citizen. Pure Java: no Spring, no SQL.
 */
package dk.samtaleregister.kontaktforloeb.domain;
