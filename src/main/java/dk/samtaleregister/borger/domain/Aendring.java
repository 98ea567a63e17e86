package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;

/** Who made a change to a period and why; both may be unknown (null). */
public record Aendring(AnsvarligSagsbehandler ansvarlig, String begrundelse) {

    public static final int MAKS_BEGRUNDELSE = 4000;

    public static final Aendring UKENDT = new Aendring(null, null);

    public static String begrundelse(String tekst, Overtraedelser fejl) {
        return Felter.tekst(tekst == null || tekst.isBlank() ? null : tekst, MAKS_BEGRUNDELSE, "begrundelse", fejl);
    }

    /** The change a new period makes to the open period it ends: made by the same caseworker, for that reason. */
    public static Aendring afsluttetAfNy(long nyPeriode, Aendring ny) {
        return new Aendring(ny.ansvarlig(), "Afsluttet af ny periode " + nyPeriode);
    }

    /** The change a corrected period makes to an open period it now starts inside. */
    public static Aendring afsluttetAfRettet(long rettetPeriode, Aendring rettelse) {
        return new Aendring(rettelse.ansvarlig(), "Afsluttet af rettet periode " + rettetPeriode);
    }
}
