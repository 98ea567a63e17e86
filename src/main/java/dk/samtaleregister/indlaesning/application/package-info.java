/** The use case of a bulk import: stage the file, judge it citizen by citizen, move what is accepted set-based. */
package dk.samtaleregister.indlaesning.application;
