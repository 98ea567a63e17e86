package dk.samtaleregister.borger.web;

import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.web.BorgerDtoer.Sagsbehandlerangivelse;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.regler.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Myndighed;
import java.util.Arrays;

/** The request fields the period endpoints share. Each records its violation and answers null. */
final class Periodefelter {

    private Periodefelter() {
    }

    static Kontaktgruppe kontaktgruppe(Integer nummer, Overtraedelser fejl) {
        return Felter.nummerkode(nummer, Kontaktgruppe::medNummer,
                () -> Arrays.stream(Kontaktgruppe.values()).mapToInt(Kontaktgruppe::nummer), "kontaktgruppe", fejl);
    }

    static String jobcenter(String kode, Overtraedelser fejl) {
        String jobcenter = Felter.paakraevet(kode, "jobcenter", fejl);
        if (jobcenter != null && !Myndighed.erKommunenummer(jobcenter)) {
            fejl.tilfoej(Fejlkode.UGYLDIG_MYNDIGHEDSKODE, "jobcenter", "Et jobcenter angives med sit kommunenummer: 3 cifre.");
            return null;
        }
        return jobcenter;
    }

    /** Who makes the change and why; both optional. */
    static Aendring aendring(String begrundelse, Sagsbehandlerangivelse ansvarlig, Overtraedelser fejl) {
        return new Aendring(sagsbehandler(ansvarlig, fejl), Aendring.begrundelse(begrundelse, fejl));
    }

    static AnsvarligSagsbehandler sagsbehandler(Sagsbehandlerangivelse ansvarlig, Overtraedelser fejl) {
        if (ansvarlig == null) {
            return null;
        }
        var myndighed = ansvarlig.myndighed();
        return AnsvarligSagsbehandler.fortolk(ansvarlig.ident(), myndighed == null ? null : myndighed.type(),
                myndighed == null ? null : myndighed.kode(), "ansvarligSagsbehandler", fejl);
    }
}
