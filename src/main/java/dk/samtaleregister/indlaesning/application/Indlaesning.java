package dk.samtaleregister.indlaesning.application;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.borger.application.RegistreretPeriode;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.persistence.Masseperioder;
import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.haendelse.application.Haendelser;
import dk.samtaleregister.haendelse.domain.NyHaendelse;
import dk.samtaleregister.indlaesning.domain.Afvisning;
import dk.samtaleregister.indlaesning.domain.Borgerdom;
import dk.samtaleregister.indlaesning.domain.Importart;
import dk.samtaleregister.indlaesning.domain.Importrapport;
import dk.samtaleregister.indlaesning.domain.Importraekke;
import dk.samtaleregister.indlaesning.domain.Periodedom;
import dk.samtaleregister.indlaesning.domain.Samtaledom;
import dk.samtaleregister.indlaesning.persistence.Importstaging;
import dk.samtaleregister.planlaegning.persistence.PlanlaegningRepository;
import dk.samtaleregister.samtale.application.SamtaleService;
import dk.samtaleregister.samtale.domain.Registreringspolitik;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.samtale.persistence.Massesamtaler;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bulk import of one file, in one transaction: the rows are copied into a staging table, then read a batch of
 * citizens at a time; each batch locks its citizens, reads in a few statements what their rows are judged against,
 * judges each citizen's rows by the same rules as the API, and writes what was accepted set-based, with its events.
 * A citizen's rows load together or not at all; with {@code alleEllerIngen}, the file does.
 */
@Service
public class Indlaesning {

    /** Citizens per batch: their rows, periods and conversations are held in memory while they are judged. */
    static final int BORGERE_PR_PARTI = 1_000;

    /** Nothing was loaded because the file was to load whole and a row was refused; the report says which. */
    public static final class FilAfvist extends RuntimeException {

        private final transient Importrapport rapport;

        FilAfvist(Importrapport rapport) {
            super(rapport.afviste().size() + " rows refused", null, false, false);
            this.rapport = rapport;
        }

        public Importrapport rapport() {
            return rapport;
        }
    }

    private final Importstaging staging;
    private final Masseperioder perioder;
    private final Massesamtaler samtaler;
    private final PlanlaegningRepository bookinger;
    private final Haendelser haendelser;
    private final Samtaledom samtaledom;
    private final Clock ur;

    public Indlaesning(Importstaging staging, Masseperioder perioder, Massesamtaler samtaler, PlanlaegningRepository bookinger,
                       Haendelser haendelser, Registreringspolitik politik, Clock ur) {
        this.staging = staging;
        this.perioder = perioder;
        this.samtaler = samtaler;
        this.bookinger = bookinger;
        this.haendelser = haendelser;
        this.samtaledom = new Samtaledom(politik);
        this.ur = ur;
    }

    /** Imports the rows after the header line (its columns {@code kolonner}, already checked) of the caller's file. */
    @Transactional
    public Importrapport indlaes(Kald kald, Importart art, List<String> kolonner, InputStream raekker, boolean alleEllerIngen) {
        long antal = staging.kopier(art, kolonner, raekker);
        long borgere = staging.nummererBorgere();
        List<Afvisning> afviste = new ArrayList<>();
        long indlaest = 0;
        for (long efter = 0; efter < borgere; efter += BORGERE_PR_PARTI) {
            Map<String, List<Importraekke>> parti = staging.raekker(art, efter, efter + BORGERE_PR_PARTI);
            indlaest += art.samtaler() ? samtaler(kald, parti, afviste) : perioder(kald, art.slag(), parti, afviste);
        }
        afviste.sort(Comparator.comparingLong(Afvisning::linje));
        Importrapport rapport = new Importrapport(antal, indlaest, afviste);
        if (alleEllerIngen && !afviste.isEmpty()) {
            throw new FilAfvist(new Importrapport(antal, 0, afviste));
        }
        return rapport;
    }

    private long samtaler(Kald kald, Map<String, List<Importraekke>> parti, List<Afvisning> afviste) {
        Map<String, Cpr> cprer = cprer(kald, parti);
        Map<Cpr, Long> ider = perioder.laas(cprer.values(), false);
        Map<Long, BorgerSituation> situationer = perioder.situationer(ider.values());
        var tidligere = samtaler.tidligere(ider.values());
        var numre = bookinger.numre(ider.values());
        Instant nu = ur.instant();
        Map<Long, List<Samtaledom.Godkendt>> godkendte = new LinkedHashMap<>();
        int antal = 0;
        for (var borger : parti.entrySet()) {
            Long id = id(cprer, ider, borger.getKey());
            Borgerdom<Samtaledom.Godkendt> dom = samtaledom.doem(borger.getValue(),
                    id == null ? BorgerSituation.UKENDT : situationer.get(id), id == null ? List.of() : tidligere.getOrDefault(id, List.of()),
                    id == null ? Set.of() : numre.getOrDefault(id, Set.of()), nu);
            afviste.addAll(dom.afviste());
            if (!dom.godkendte().isEmpty()) {
                godkendte.put(id, dom.godkendte());
                antal += dom.godkendte().size();
            }
        }
        Iterator<Long> nummer = samtaler.nyeNumre(antal).iterator();
        Instant registreret = samtaler.transaktionensTid();
        AnsvarligSagsbehandler kalderen = kald.kalder().somSagsbehandler();
        List<Massesamtaler.Ny> nye = new ArrayList<>(antal);
        List<NyHaendelse> nyeHaendelser = new ArrayList<>(antal);
        godkendte.forEach((borgerId, borgerens) -> {
            for (Samtaledom.Godkendt g : borgerens) {
                Samtale samtale = new Samtale(nummer.next(), g.registrering(), registreret, g.nulstillende(), false, 1);
                nye.add(new Massesamtaler.Ny(samtale.samtalenummer(), borgerId, g.registrering(), g.nulstillende(), g.begrundelse()));
                nyeHaendelser.add(new NyHaendelse(SamtaleService.ENTITET, Aendringsart.OPRETTET, borgerId,
                        samtale.samtalenummer(), 1, g.registrering().samtaletype(), kalderen, samtale));
            }
        });
        samtaler.indsaet(nye);
        haendelser.skriv(nyeHaendelser);
        return antal;
    }

    private <P extends Borgerperiode> long perioder(Kald kald, Periodeslag<P> slag, Map<String, List<Importraekke>> parti,
                                                   List<Afvisning> afviste) {
        Map<String, Cpr> cprer = cprer(kald, parti);
        Map<Cpr, Long> ider = perioder.laas(cprer.values(), true);
        var lagrede = perioder.perioder(slag, ider.values());
        Iterator<Long> nyeId = perioder.nyeId(slag, parti.values().stream().mapToInt(List::size).sum()).iterator();
        AnsvarligSagsbehandler kalderen = kald.kalder().somSagsbehandler();
        List<Masseperioder.Skrivning<P>> skrivninger = new ArrayList<>();
        List<NyHaendelse> nyeHaendelser = new ArrayList<>();
        long antal = 0;
        for (var borger : parti.entrySet()) {
            Long id = id(cprer, ider, borger.getKey());
            Borgerdom<Periodedom.Skrivning<P>> dom = Periodedom.doem(slag, borger.getValue(),
                    id == null ? List.of() : lagrede.getOrDefault(id, List.of()), nyeId::next, kalderen);
            afviste.addAll(dom.afviste());
            antal += borger.getValue().size() - dom.afviste().size();
            for (Periodedom.Skrivning<P> s : dom.godkendte()) {
                skrivninger.add(new Masseperioder.Skrivning<>(id, s.periode(), s.version(), s.art(), s.aendring()));
                var registreret = new RegistreretPeriode<>(slag, cprer.get(borger.getKey()), s.periode(), s.version(), s.afsluttede());
                nyeHaendelser.add(new NyHaendelse(slag.navn(), s.art(), id, s.periode().id(), s.version(), null, kalderen, registreret));
            }
        }
        perioder.gem(slag, skrivninger);
        haendelser.skriv(nyeHaendelser);
        return antal;
    }

    /** The batch's citizens whose CPR number is valid, by the key their rows were grouped by; each noted for the audit log. */
    private static Map<String, Cpr> cprer(Kald kald, Map<String, List<Importraekke>> parti) {
        Map<String, Cpr> cprer = new LinkedHashMap<>();
        for (String noegle : parti.keySet()) {
            Cpr cpr = Cpr.fortolk(noegle, Importart.CPR, new Overtraedelser());
            if (cpr != null) {
                cprer.put(noegle, cpr);
                kald.noter(cpr);
            }
        }
        return cprer;
    }

    private static Long id(Map<String, Cpr> cprer, Map<Cpr, Long> ider, String noegle) {
        Cpr cpr = cprer.get(noegle);
        return cpr == null ? null : ider.get(cpr);
    }
}
