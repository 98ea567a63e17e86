/** Events: one for every change of a citizen's data, in the order a case system reads them. Pure Java. */
package dk.samtaleregister.haendelse.domain;
