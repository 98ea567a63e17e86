/**
 * Who is calling: the bearer JWT of every request checked (signature, time, issuer, audience) and read into a
 * {@link dk.samtaleregister.adgang.domain.Kalder}; and the demo mode, in which the service signs its own tokens.
 */
package dk.samtaleregister.adgang.web;
