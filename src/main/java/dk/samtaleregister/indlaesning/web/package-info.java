/** HTTP adapter for bulk import: POST /api/v1/import/{art} with text/csv. */
package dk.samtaleregister.indlaesning.web;
