package dk.samtaleregister.samtale.domain;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.regler.domain.Deltagelsesstatus;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/** Rules 1 and 2: a registration's fields are present, known, short enough, and afholdt is not in the future. */
public final class Registreringsindlaesning {

    public static final int MAKS_SAMTALEINFORMATION = 4000;
    public static final int MAKS_REFERENCE = 50;
    /** Case systems' clocks drift a little; a conversation "held now" must not be turned away for that. */
    public static final Duration TILLADT_URAFVIGELSE = Duration.ofMinutes(1);

    private Registreringsindlaesning() {
    }

    /** The registration, or {@link dk.samtaleregister.faelles.domain.Regelbrud} listing every fault. */
    public static Registrering fortolk(Samtaleanmodning anmodning, Instant nu) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", fejl);
        Instant afholdt = afholdt(anmodning.afholdt(), nu, fejl);
        Samtaletype samtaletype = Felter.nummerkode(anmodning.samtaletype(), Samtaletype::medId,
                () -> Arrays.stream(Samtaletype.values()).mapToInt(Samtaletype::id), "samtaletype", fejl);
        Kontaktform kontaktform = Felter.kode(anmodning.kontaktform(), Kontaktform.class, "kontaktform", fejl);
        String information = Felter.tekst(anmodning.samtaleinformation(), MAKS_SAMTALEINFORMATION, "samtaleinformation", fejl);
        Deltagelsesstatus status = Felter.valgfriKode(anmodning.deltagelsesstatus(), Deltagelsesstatus.class, "deltagelsesstatus", fejl);
        String planlagt = Felter.tekst(anmodning.planlagtSamtale(), MAKS_REFERENCE, "planlagtSamtale", fejl);
        AnsvarligSagsbehandler ansvarlig = AnsvarligSagsbehandler.fortolk(anmodning.sagsbehandlerIdent(), anmodning.myndighedstype(),
                anmodning.myndighedskode(), "ansvarligSagsbehandler", fejl);
        String aftalenummer = Felter.tekst(anmodning.aftalenummer(), MAKS_REFERENCE, "aftalenummer", fejl);
        String samtykke = Felter.tekst(anmodning.samtykkeloebenummer(), MAKS_REFERENCE, "samtykkeloebenummer", fejl);
        fejl.kastHvisNogen();
        return new Registrering(cpr, afholdt, samtaletype, kontaktform, information,
                Boolean.TRUE.equals(anmodning.flereMyndigheder()), status, planlagt,
                ansvarlig, aftalenummer, samtykke);
    }

    /** ISO-8601 with or without an offset; without one it is Danish local time. Kept to the second. */
    static Instant afholdt(String tekst, Instant nu, Overtraedelser fejl) {
        Instant afholdt = Felter.tidspunkt(Felter.paakraevet(tekst, "afholdt", fejl), "afholdt", fejl);
        if (afholdt != null && afholdt.isAfter(nu.plus(TILLADT_URAFVIGELSE))) {
            fejl.tilfoej(Fejlkode.AFHOLDT_I_FREMTIDEN, "afholdt");
            return null;
        }
        return afholdt;
    }
}
