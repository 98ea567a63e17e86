package dk.samtaleregister.regler.domain;

import dk.samtaleregister.faelles.domain.Kode;
/** Form of contact (seed 000, plus DFDG's "Møde direkte på arbejde"). Decides, with the type, whether a conversation is nulstillende. */
public enum Kontaktform implements Kode {
    PERSONLIGT_FREMMOEDE("Personligt fremmøde"),
    TELEFONISK("Telefonisk"),
    BREV("Brev"),
    EMAIL("Email"),
    DIGITALT_MOEDE("Digitalt møde"),
    INGEN_DIREKTE_BORGERKONTAKT("Ingen direkte borgerkontakt"),
    MOEDE_DIREKTE_PAA_ARBEJDE("Møde direkte på arbejde");

    private final String navn;

    Kontaktform(String navn) {
        this.navn = navn;
    }

    @Override
    public String navn() {
        return navn;
    }
}
