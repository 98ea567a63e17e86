package dk.samtaleregister.kontaktforloeb.application;

import dk.samtaleregister.kontaktforloeb.domain.Kontaktforloebsberegning;
import dk.samtaleregister.kontaktforloeb.domain.Rettidighedsoverblik;
import dk.samtaleregister.kontaktforloeb.domain.Rettidighedsrapport;
import dk.samtaleregister.kontaktforloeb.persistence.RettidighedReadModel;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rettidighed report: every citizen's kontaktforløb computed from what is stored now and counted, streamed
 * citizen by citizen from the database so that memory does not grow with the population.
 */
@Service
public class RapportService {

    private static final Logger LOG = LoggerFactory.getLogger(RapportService.class);

    private final RettidighedReadModel rapporter;
    private final Kontaktforloebsberegning beregning;

    public RapportService(RettidighedReadModel rapporter, Kontaktforloebsberegning beregning) {
        this.rapporter = rapporter;
        this.beregning = beregning;
    }

    /**
     * One read-only transaction: the three streams see the same snapshot, and pgjdbc can stream with a fetch size.
     *
     * @param jobcenter only this jobcenter's rows, or null for all
     * @param pr        the day the krav are judged by (the report uses today, Danish time)
     */
    @Transactional(readOnly = true)
    public Rettidighedsrapport.Resultat rettidighed(LocalDate fra, LocalDate til, String jobcenter, LocalDate pr) {
        long start = System.nanoTime();
        Rettidighedsrapport rapport = new Rettidighedsrapport(beregning, fra, til, jobcenter, pr);
        rapporter.gennemloeb(fra, til, jobcenter, (borger, grundlag, tilknytninger, samtaler) -> rapport.tilfoej(grundlag, tilknytninger, samtaler));
        LOG.info("Rettidighed report {}..{} computed for {} citizen(s) in {} ms", fra, til, rapport.borgere(),
                (System.nanoTime() - start) / 1_000_000);
        return rapport.resultat();
    }

    /**
     * The dashboards' overview: the report of each of the last {@code antalMaaneder} months and the krav that want
     * action, from one pass in one read-only transaction.
     *
     * @param jobcenter only this jobcenter's krav, or null for all
     */
    @Transactional(readOnly = true)
    public Rettidighedsoverblik.Resultat overblik(String jobcenter, LocalDate pr, int antalMaaneder, int dageFrem) {
        long start = System.nanoTime();
        Rettidighedsoverblik overblik = new Rettidighedsoverblik(beregning, jobcenter, pr, antalMaaneder, dageFrem);
        rapporter.gennemloeb(overblik.fra(), overblik.til(), jobcenter, overblik::tilfoej);
        Rettidighedsoverblik.Resultat resultat = overblik.resultat();
        LOG.info("Rettidighed overview of {} month(s) computed for {} citizen(s) in {} ms", antalMaaneder, resultat.borgere(),
                (System.nanoTime() - start) / 1_000_000);
        return resultat;
    }
}
