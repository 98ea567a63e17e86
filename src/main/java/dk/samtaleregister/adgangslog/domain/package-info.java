/** The audit log: who looked at or changed which citizen's data, when, and with what outcome. Pure Java. */
package dk.samtaleregister.adgangslog.domain;
