/** Use cases on events: writing one with every change, numbering them, and reading the feed as far as the caller may. */
package dk.samtaleregister.haendelse.application;
