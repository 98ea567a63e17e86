package dk.samtaleregister.regler.domain;

import dk.samtaleregister.faelles.domain.Kode;
/** Status på deltagelse (seed 000). Which types each status belongs to is a rule table, not a property of the status. */
public enum Deltagelsesstatus implements Kode {
    A_KASSEN_DELTOG("A-kassen deltog"),
    BORGER_OENSKEDE_IKKE_A_KASSENS_DELTAGELSE("Borger ønskede ikke a-kassens deltagelse"),
    A_KASSEN_HAR_VALGT_IKKE_AT_DELTAGE("A-kassen har valgt ikke at deltage"),
    A_KASSEN_UDEBLEV("A-kassen udeblev"),
    BORGER_DELTOG_I_REHABILITERINGSSAMTALE("Borger deltog i Rehabiliteringssamtale"),
    BORGER_DELTOG_IKKE_I_REHABILITERINGSSAMTALE("Borger deltog ikke i Rehabiliteringssamtale");

    private final String navn;

    Deltagelsesstatus(String navn) {
        this.navn = navn;
    }

    @Override
    public String navn() {
        return navn;
    }
}
