package dk.samtaleregister.borger.web;

import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.web.BorgerDtoer.Sagsbehandlerangivelse;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.regler.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Myndighed;
import dk.samtaleregister.regler.domain.Myndighedstype;
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

    static String akasse(String kode, Overtraedelser fejl) {
        return myndighedskode(Myndighedstype.AKASSE, kode, "akasse", fejl);
    }

    static String andenAktoer(String kode, Overtraedelser fejl) {
        return myndighedskode(Myndighedstype.ANDEN_AKTOER, kode, "andenAktoer", fejl);
    }

    /**
     * The kode of an authority of the type, judged by {@link Myndighed#fortolk} so that a period names an a-kasse or
     * an anden aktør exactly as a caseworker's myndighed does; its fault is reported under {@code felt}.
     */
    private static String myndighedskode(Myndighedstype type, String kode, String felt, Overtraedelser fejl) {
        if (Felter.paakraevet(kode, felt, fejl) == null) {
            return null;
        }
        Overtraedelser ugyldig = new Overtraedelser();
        if (Myndighed.fortolk(type.name(), kode, felt, ugyldig) == null) {
            // UGYLDIG_MYNDIGHEDSKODE's message is its argument: Myndighed's own explanation carries over unchanged.
            ugyldig.liste().forEach(o -> fejl.tilfoej(Fejlkode.UGYLDIG_MYNDIGHEDSKODE, felt, o.besked()));
            return null;
        }
        return kode;
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
