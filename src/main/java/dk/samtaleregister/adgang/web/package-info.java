/**
 * Who is calling: the bearer JWT of every request checked (signature, time, issuer, audience) and read into a
 * {@link dk.samtaleregister.adgang.domain.Kalder}; the pages' sign-in, which names the same Kalder for a session, at
 * the identity provider by OpenID Connect or on demo mode's own page; and the demo mode, in which the service signs
 * its own tokens.
 */
package dk.samtaleregister.adgang.web;
