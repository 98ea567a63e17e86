package dk.samtaleregister.adgang.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.regler.domain.AkassesSamtaletyper;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Who may see and do what about a citizen. An authority works only with its own citizens (DFDG rule 7 for a
 * jobcenter): a jobcenter with those attached to it, an a-kasse with its members, an anden aktør with those referred
 * to it. STAR sees everything and writes nothing about citizens.
 */
public final class Adgangsregler {

    private Adgangsregler() {
    }

    /**
     * Whether the authority may see a conversation or booking of this samtaletype: an a-kasse only the types the rule
     * set in force ({@code akassens}, empty if none is) lets it see; the others every type.
     */
    public static boolean maaSe(Myndighed myndighed, Samtaletype samtaletype, Optional<AkassesSamtaletyper> akassens) {
        return switch (myndighed.type()) {
            case AKASSE -> akassens.map(synlighed -> synlighed.synlig(samtaletype)).orElse(false);
            case JOBCENTER, ANDEN_AKTOER, STAR -> true;
        };
    }

    /**
     * Whether the authority may register, correct or annul a conversation of the citizen held (or a booking starting)
     * on {@code dag}: only if the citizen is its own on that day. Empty if it may; otherwise why not. The refusal is
     * judged before every other rule, so that an authority learns nothing about somebody else's citizen.
     */
    public static Optional<Overtraedelse> registreringsadgang(Myndighed myndighed, Tilknytninger situation, LocalDate dag) {
        boolean egen = switch (myndighed.type()) {
            case JOBCENTER -> situation.jobcenter(dag).filter(myndighed.kode()::equals).isPresent();
            case AKASSE -> situation.akasse(dag).filter(myndighed.kode()::equals).isPresent();
            case ANDEN_AKTOER -> situation.henvistTil(myndighed.kode(), dag);
            case STAR -> false;
        };
        return egen ? Optional.empty() : Optional.of(ikkeEgenBorger(myndighed, dag));
    }

    /** Why the authority may not register for the citizen on {@code dag}: the citizen is not its own then. */
    public static Overtraedelse ikkeEgenBorger(Myndighed myndighed, LocalDate dag) {
        String felt = "ansvarligSagsbehandler.myndighed.kode";
        return switch (myndighed.type()) {
            case JOBCENTER -> Overtraedelse.af(Fejlkode.BORGER_IKKE_TILKNYTTET_JOBCENTER, felt, myndighed.kode(), dag);
            case AKASSE -> Overtraedelse.af(Fejlkode.BORGER_IKKE_MEDLEM_AF_AKASSE, felt, myndighed.kode(), dag);
            case ANDEN_AKTOER -> Overtraedelse.af(Fejlkode.BORGER_IKKE_HENVIST_TIL_ANDEN_AKTOER, felt, myndighed.kode(), dag);
            case STAR -> Overtraedelse.af(Fejlkode.STAR_REGISTRERER_IKKE, felt);
        };
    }
}
