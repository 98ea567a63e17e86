/** HTTP adapter for the feed: /api/v1/haendelser. */
package dk.samtaleregister.haendelse.web;
