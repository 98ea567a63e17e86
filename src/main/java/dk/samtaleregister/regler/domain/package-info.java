/**
 * The code lists of DFDG and the effective-dated rule tables that judge a registration. Pure Java:
 * the tables are read from text by {@link dk.samtaleregister.regler.domain.Regelfil}, wherever the text comes from.
 */
package dk.samtaleregister.regler.domain;
