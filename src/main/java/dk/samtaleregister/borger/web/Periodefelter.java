package dk.samtaleregister.borger.web;

import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.faelles.web.AnsvarligSagsbehandlerDto;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.regler.domain.Kontaktgruppe;

/** The request fields the period endpoints share. Each records its violation and answers null. */
final class Periodefelter {

    private Periodefelter() {
    }

    static Kontaktgruppe kontaktgruppe(Integer nummer, Overtraedelser fejl) {
        String kode = Periodeslag.KONTAKTGRUPPE.laesKode(nummer, fejl);
        return kode == null ? null : Kontaktgruppe.medNummer(Integer.parseInt(kode)).orElseThrow();
    }

    static String jobcenter(String kode, Overtraedelser fejl) {
        return Periodeslag.JOBCENTERTILKNYTNING.laesKode(kode, fejl);
    }

    static String akasse(String kode, Overtraedelser fejl) {
        return Periodeslag.AKASSEMEDLEMSKAB.laesKode(kode, fejl);
    }

    static String andenAktoer(String kode, Overtraedelser fejl) {
        return Periodeslag.ANDEN_AKTOER_HENVISNING.laesKode(kode, fejl);
    }

    /** Who makes the change and why; both optional. */
    static Aendring aendring(String begrundelse, AnsvarligSagsbehandlerDto ansvarlig, Overtraedelser fejl) {
        return new Aendring(AnsvarligSagsbehandlerDto.fortolk(ansvarlig, fejl), Aendring.begrundelse(begrundelse, fejl));
    }

}
