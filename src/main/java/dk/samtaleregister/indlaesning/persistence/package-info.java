/** The import's staging tables (COPY in, judged rows out) and the read of what the rows are judged against. */
package dk.samtaleregister.indlaesning.persistence;
