package dk.samtaleregister.adgang.application;

import dk.samtaleregister.adgang.domain.Adgangsregler;
import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.adgang.domain.Rolle;
import dk.samtaleregister.adgang.persistence.EgenBorgerReadModel;
import dk.samtaleregister.faelles.domain.AdgangNaegtet;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.regler.domain.AkassesSamtaletyper;
import dk.samtaleregister.regler.domain.Regelbog;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;

/**
 * The access decisions of the use cases. Each notes the citizen on the call first, so that the audit log names the
 * citizen of a refused request too, and throws {@link AdgangNaegtet} before anything of the citizen's is read.
 *
 * <p>Reading is judged by today (Danish day): an authority sees a citizen while the citizen is its own, and no
 * longer. Writing a conversation or a booking is judged by its own day (see {@link Adgangsregler#registreringsadgang}),
 * by the use case, from the situation it reads anyway.
 */
@Service
public class Adgangskontrol {

    private final EgenBorgerReadModel egneBorgere;
    private final Regelbog regler;
    private final Clock ur;

    public Adgangskontrol(EgenBorgerReadModel egneBorgere, Regelbog regler, Clock ur) {
        this.egneBorgere = egneBorgere;
        this.regler = regler;
        this.ur = ur;
    }

    /** Whether the caller may read this citizen's conversations, bookings and kontaktforløb. */
    public boolean kanLaese(Kald kald, Cpr cpr) {
        kald.noter(cpr);
        Kalder kalder = kald.kalder();
        return kalder.erStar() || egneBorgere.egenBorger(kalder.myndighed(), cpr, DanskTid.dag(ur.instant()));
    }

    /** As {@link #kanLaese}, refused with 403: for requests that name the citizen themselves. */
    public void kraevLaesning(Kald kald, Cpr cpr) {
        if (!kanLaese(kald, cpr)) {
            throw AdgangNaegtet.af(Fejlkode.INGEN_ADGANG_TIL_BORGER);
        }
    }

    /**
     * A conversation or booking looked up by its number: refused as 404 with {@code ikkeFundet}, as if it did not
     * exist, when the citizen is not the caller's or an a-kasse may not see its samtaletype.
     */
    public void kraevLaesning(Kald kald, Cpr cpr, Samtaletype samtaletype, Fejlkode ikkeFundet, Object nummer) {
        if (!kanLaese(kald, cpr) || !synlige(kald).test(samtaletype)) {
            throw AdgangNaegtet.somIkkeFundet(ikkeFundet, nummer);
        }
    }

    /** The samtaletyper the caller may see, by the rule set in force today: what an a-kasse may see is judged when it looks. */
    public Predicate<Samtaletype> synlige(Kald kald) {
        Myndighed myndighed = kald.kalder().myndighed();
        Optional<AkassesSamtaletyper> akassens = regler.akasseSynlighed(DanskTid.dag(ur.instant()));
        return samtaletype -> Adgangsregler.maaSe(myndighed, samtaletype, akassens);
    }

    /** The citizen's situation (periods, look-up): the feed that writes it reads it too; others as {@link #kanLaese}. */
    public boolean kanLaeseSituation(Kald kald, Cpr cpr) {
        kald.noter(cpr);
        return kald.kalder().har(Rolle.SYSTEM) || kanLaese(kald, cpr);
    }

    public void kraevLaesningAfSituation(Kald kald, Cpr cpr) {
        if (!kanLaeseSituation(kald, cpr)) {
            throw AdgangNaegtet.af(Fejlkode.INGEN_ADGANG_TIL_BORGER);
        }
    }

    /**
     * A write that takes a role whatever the caller's authority: the citizen's situation is written by the feed from
     * the rest of DFDG (role SYSTEM) only.
     */
    public void kraevRolle(Kald kald, Cpr cpr, Rolle rolle) {
        kald.noter(cpr);
        if (!kald.kalder().har(rolle)) {
            throw AdgangNaegtet.af(Overtraedelse.af(Fejlkode.KRAEVER_ROLLE, null, rolle.name()));
        }
    }

    /**
     * A conversation or booking is registered, corrected, annulled or cancelled only in the caller's own name: the
     * ansvarligSagsbehandler must be the token's ident and authority. STAR registers nothing.
     */
    public void kraevEgetNavn(Kald kald, Cpr cpr, AnsvarligSagsbehandler ansvarlig) {
        kald.noter(cpr);
        Kalder kalder = kald.kalder();
        if (kalder.erStar()) {
            throw AdgangNaegtet.af(Fejlkode.STAR_REGISTRERER_IKKE);
        }
        if (ansvarlig != null && !ansvarlig.equals(kalder.somSagsbehandler())) {
            Myndighed myndighed = kalder.myndighed();
            throw AdgangNaegtet.af(Overtraedelse.af(Fejlkode.SAGSBEHANDLER_ER_IKKE_KALDER, "ansvarligSagsbehandler",
                    kalder.ident(), myndighed.type().navn(), myndighed.kode()));
        }
    }

    /** A booking is made or moved only by an authority whose own the citizen is on the day it starts. */
    public void kraevEgenBorger(Kald kald, Cpr cpr, LocalDate dag) {
        kald.noter(cpr);
        Myndighed myndighed = kald.kalder().myndighed();
        if (!egneBorgere.egenBorger(myndighed, cpr, dag)) {
            throw AdgangNaegtet.af(Adgangsregler.ikkeEgenBorger(myndighed, dag));
        }
    }

    /** A conversation or booking already stored is changed only by the authority that stored it. */
    public void kraevEgenMyndighed(Kald kald, Cpr cpr, Myndighed registreretAf, Fejlkode ikkeFundet, Object nummer) {
        if (registreretAf.equals(kald.kalder().myndighed())) {
            return;
        }
        if (kanLaese(kald, cpr)) {
            throw AdgangNaegtet.af(Fejlkode.ANDEN_MYNDIGHEDS_SAMTALE);
        }
        throw AdgangNaegtet.somIkkeFundet(ikkeFundet, nummer);
    }

    /** The rettidighed report of one jobcenter is for that jobcenter and STAR; the report of them all for STAR. */
    public void kraevRapport(Kald kald, String jobcenter) {
        Kalder kalder = kald.kalder();
        boolean eget = jobcenter != null && kalder.myndighed().equals(new Myndighed(Myndighedstype.JOBCENTER, jobcenter));
        if (!kalder.erStar() && !eget) {
            throw AdgangNaegtet.af(Fejlkode.INGEN_ADGANG);
        }
    }

    public void kraevStar(Kald kald) {
        if (!kald.kalder().erStar()) {
            throw AdgangNaegtet.af(Fejlkode.INGEN_ADGANG);
        }
    }
}
