/** What every endpoint shares: the RFC 9457 error format, JSON settings, OpenAPI and CPR-safe logging. */
package dk.samtaleregister.faelles.web;
