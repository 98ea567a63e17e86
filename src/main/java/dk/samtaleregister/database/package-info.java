/** The database: with nothing configured, an embedded PostgreSQL whose data lives under ./data. */
package dk.samtaleregister.database;
