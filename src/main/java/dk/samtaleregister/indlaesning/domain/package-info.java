/** Bulk import: the file's columns, its rows, and each citizen's rows judged by the same rules as the API. Pure Java. */
package dk.samtaleregister.indlaesning.domain;
