/** Shared kernel: periods, violations and error codes used by every capability. Pure Java. */
package dk.samtaleregister.faelles.domain;
