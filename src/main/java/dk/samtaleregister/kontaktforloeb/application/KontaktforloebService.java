package dk.samtaleregister.kontaktforloeb.application;

import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.borger.application.BorgerService;
import dk.samtaleregister.borger.application.Borgeroverblik;
import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.kontaktforloeb.domain.Borgergrundlag;
import dk.samtaleregister.kontaktforloeb.domain.Kontaktforloeb;
import dk.samtaleregister.kontaktforloeb.domain.Kontaktforloebsberegning;
import dk.samtaleregister.kontaktforloeb.domain.Kontaktsamtale;
import dk.samtaleregister.samtale.application.SamtaleService;
import dk.samtaleregister.samtale.domain.Samtale;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen's kontaktforløb, derived every time from what is stored now: a correction, an annulment or a changed
 * period gives a new answer at once, because no result is ever stored.
 */
@Service
public class KontaktforloebService {

    private final BorgerService borgere;
    private final SamtaleService samtaler;
    private final Kontaktforloebsberegning beregning;
    private final Adgangskontrol adgang;

    public KontaktforloebService(BorgerService borgere, SamtaleService samtaler, Kontaktforloebsberegning beregning, Adgangskontrol adgang) {
        this.borgere = borgere;
        this.samtaler = samtaler;
        this.beregning = beregning;
        this.adgang = adgang;
    }

    /**
     * For a caller whose own the citizen is today, or STAR. Computed from every conversation, whoever held it: the
     * krav are the law's, and an a-kasse sees which conversations counted by number only.
     * Both reads in one transaction, so that periods and conversations are seen as of the same moment.
     */
    @Transactional(readOnly = true)
    public List<Kontaktforloeb> beregn(Kald kald, Cpr cpr, LocalDate pr) {
        adgang.kraevLaesning(kald, cpr);
        return beregn(borgere.opslag(cpr), samtaler.alle(cpr), pr);
    }

    /**
     * The kontaktforløb from a citizen's periods and every conversation of the citizen, read by a use case that judged
     * the caller's access itself (as {@link #beregn(Kald, Cpr, LocalDate)} does) in its own transaction.
     */
    public List<Kontaktforloeb> beregn(Borgeroverblik situation, List<Samtale> alle, LocalDate pr) {
        Borgergrundlag grundlag = new Borgergrundlag(new BorgerSituation(situation.periodeindhold(Periodeslag.KONTAKTGRUPPE),
                situation.periodeindhold(Periodeslag.FRAVAER), situation.periodeindhold(Periodeslag.JOBCENTERTILKNYTNING),
                situation.periodeindhold(Periodeslag.AKASSEMEDLEMSKAB), situation.periodeindhold(Periodeslag.ANDEN_AKTOER_HENVISNING)),
                situation.periodeindhold(Periodeslag.UNDTAGELSE));
        List<Kontaktsamtale> kontakter = alle.stream().map(KontaktforloebService::kontakt).toList();
        return beregning.beregn(grundlag, kontakter, pr);
    }

    private static Kontaktsamtale kontakt(Samtale samtale) {
        var r = samtale.registrering();
        return new Kontaktsamtale(samtale.samtalenummer(), r.afholdtDag(), r.samtaletype(), r.kontaktform(),
                r.ansvarligSagsbehandler().myndighed().type(), r.ansvarligSagsbehandler().myndighed().kode(), samtale.nulstillende(),
                samtale.annulleret());
    }
}
