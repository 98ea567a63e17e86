package dk.samtaleregister.samtale.application;

import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.adgang.domain.Adgangsregler;
import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.persistence.BorgerRepository;
import dk.samtaleregister.faelles.domain.AdgangNaegtet;
import dk.samtaleregister.faelles.domain.Aendringsart;
import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.ForaeldetVersion;
import dk.samtaleregister.faelles.domain.Historikpost;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Regelbrud;
import dk.samtaleregister.haendelse.application.Haendelser;
import dk.samtaleregister.haendelse.domain.NyHaendelse;
import dk.samtaleregister.regler.domain.Samtaletype;
import dk.samtaleregister.samtale.domain.GodkendtRegistrering;
import dk.samtaleregister.samtale.domain.Mulighedsforespoergsel;
import dk.samtaleregister.samtale.domain.Registrering;
import dk.samtaleregister.samtale.domain.Registreringsindlaesning;
import dk.samtaleregister.samtale.domain.Registreringspolitik;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.samtale.domain.Samtaleaendring;
import dk.samtaleregister.samtale.domain.Samtaleanmodning;
import dk.samtaleregister.samtale.domain.Samtalemuligheder;
import dk.samtaleregister.samtale.domain.Samtaleversion;
import dk.samtaleregister.samtale.persistence.Registreringsgrundlag;
import dk.samtaleregister.samtale.persistence.RegistreringsgrundlagReadModel;
import dk.samtaleregister.samtale.persistence.SamtaleRepository.LaastSamtale;
import dk.samtaleregister.samtale.persistence.SamtaleRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, corrects and annuls held conversations, for the caller of a {@link Kald} and only as far as it may; and
 * answers, storing nothing, what a registration would be answered ({@link #proev}) and which samtaletyper the caller
 * may register on a day ({@link #muligheder}).
 * Every write locks the citizen's row first, so writes about one citizen are judged one at a time and cannot together
 * break rules 7 or 8. Every write also writes its event
 * ({@link Haendelser}), one statement more. A registration costs four statements and the commit: whether the citizen is the caller's own
 * on the day held is judged from the grundlag the rules read anyway. A correction costs seven (the stored
 * authority, lock the citizen through the conversation, read its version after the lock, the grundlag, write, read
 * back, event) and an annulment six (no grundlag): less frequent, so kept simple.
 */
@Service
public class SamtaleService {

    /** What a conversation's events call it. */
    public static final String ENTITET = "samtale";

    private final BorgerRepository borgere;
    private final SamtaleRepository samtaler;
    private final RegistreringsgrundlagReadModel grundlaget;
    private final Registreringspolitik politik;
    private final Adgangskontrol adgang;
    private final Haendelser haendelser;
    private final Clock ur;
    private final Counter registreringer;

    public SamtaleService(BorgerRepository borgere, SamtaleRepository samtaler, RegistreringsgrundlagReadModel grundlaget,
                          Registreringspolitik politik, Adgangskontrol adgang, Haendelser haendelser, Clock ur, MeterRegistry metrikker) {
        this.borgere = borgere;
        this.samtaler = samtaler;
        this.grundlaget = grundlaget;
        this.politik = politik;
        this.adgang = adgang;
        this.haendelser = haendelser;
        this.ur = ur;
        this.registreringer = Counter.builder("samtaleregister.registreringer").description("Registrerede samtaler (POST /api/v1/samtaler og siderne)")
                .register(metrikker);
    }

    @Transactional
    public Samtale registrer(Kald kald, Samtaleanmodning anmodning, String begrundelse) {
        Bedoemt bedoemt = bedoem(kald, anmodning, borgere::laas);
        GodkendtRegistrering godkendt = bedoemt.godkendt();
        Samtale samtale = samtaler.indsaet(bedoemt.borgerId().orElseThrow(), godkendt.registrering(), godkendt.nulstillende(), begrundelse);
        skrivHaendelse(kald, Aendringsart.OPRETTET, bedoemt.borgerId().get(), samtale);
        // Counted once committed: a registration rolled back was never made.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                registreringer.increment();
            }
        });
        return samtale;
    }

    /**
     * A registration judged exactly as {@link #registrer} judges it, and nothing stored: no conversation, version,
     * event or citizen. It takes no lock, as it writes nothing a lock could protect; it reads what a registration sent
     * at the same moment would be judged by, but for one of the same citizen still under way then.
     */
    @Transactional(readOnly = true)
    public GodkendtRegistrering proev(Kald kald, Samtaleanmodning anmodning) {
        return bedoem(kald, anmodning, borgere::find).godkendt();
    }

    /**
     * The samtaletyper the caller may register for the citizen on the Danish day of {@code afholdt}: by rules 1-5 and
     * 9 as a registration by the caller at that time is judged, and refused as such a registration would be. An
     * a-kasse gets only the samtaletyper it may see (regler/akasse-synlige-samtaletyper.csv), as it sees them today.
     */
    @Transactional(readOnly = true)
    public Samtalemuligheder muligheder(Kald kald, String cpr, String afholdt) {
        Mulighedsforespoergsel forespoergsel = Mulighedsforespoergsel.fortolk(cpr, afholdt, ur.instant());
        adgang.kraevEgetNavn(kald, forespoergsel.cpr(), null);
        AnsvarligSagsbehandler kalderen = kald.kalder().somSagsbehandler();
        LocalDate dag = forespoergsel.afholdtDag();
        BorgerSituation situation = borgere.find(forespoergsel.cpr())
                .map(id -> grundlaget.situation(id, dag))
                .orElse(BorgerSituation.UKENDT);
        kraevRegistreringsadgang(kalderen.myndighed(), situation, dag);
        return politik.muligheder(forespoergsel, kalderen, situation).kun(adgang.synlige(kald));
    }

    /**
     * Every rule of a registration is judged again, as if the old version did not exist. Only the authority that
     * registered the conversation corrects it, and only while the citizen is its own on the (new) day held.
     */
    @Transactional
    public Samtale ret(Kald kald, long samtalenummer, int forventetVersion, Samtaleanmodning anmodning, String begrundelse) {
        Registrering registrering = Registreringsindlaesning.fortolk(anmodning, ur.instant());
        adgang.kraevEgetNavn(kald, registrering.cpr(), registrering.ansvarligSagsbehandler());
        kraevEgen(kald, samtalenummer);
        LaastSamtale laast = laasTilAendring(samtalenummer, forventetVersion);
        if (!laast.cpr().equals(registrering.cpr())) {
            throw new Regelbrud(List.of(Overtraedelse.af(Fejlkode.SAMTALE_ANDEN_BORGER, "cpr")));
        }
        boolean nulstillende = godkend(registrering, grundlaget.hent(laast.borgerId(), registrering, Optional.of(samtalenummer)));
        samtaler.ret(samtalenummer, forventetVersion, registrering, nulstillende,
                new Samtaleaendring(begrundelse, registrering.ansvarligSagsbehandler()));
        return skrivHaendelse(kald, Aendringsart.RETTET, laast.borgerId(), samtaler.hent(samtalenummer).orElseThrow());
    }

    /** Only by the authority that registered the conversation. */
    @Transactional
    public Samtale annuller(Kald kald, long samtalenummer, int forventetVersion, Samtaleaendring aendring) {
        adgang.kraevEgetNavn(kald, null, aendring.aendretAf());
        kraevEgen(kald, samtalenummer);
        LaastSamtale laast = laasTilAendring(samtalenummer, forventetVersion);
        samtaler.annuller(samtalenummer, forventetVersion, aendring);
        return skrivHaendelse(kald, Aendringsart.ANNULLERET, laast.borgerId(), samtaler.hent(samtalenummer).orElseThrow());
    }

    /** The conversation, if the caller may see it; otherwise not found, as if it did not exist. */
    @Transactional(readOnly = true)
    public Samtale hent(Kald kald, long samtalenummer) {
        Samtale samtale = samtaler.hent(samtalenummer).orElseThrow(() -> ikkeFundet(samtalenummer));
        Registrering registrering = samtale.registrering();
        adgang.kraevLaesning(kald, registrering.cpr(), registrering.samtaletype(), Fejlkode.SAMTALE_FINDES_IKKE, samtalenummer);
        return samtale;
    }

    /** As {@link #hent}, and not found unless the conversation is this citizen's: a page shows one citizen's conversations. */
    @Transactional(readOnly = true)
    public Samtale hent(Kald kald, Cpr cpr, long samtalenummer) {
        Samtale samtale = hent(kald, samtalenummer);
        if (!samtale.registrering().cpr().equals(cpr)) {
            throw ikkeFundet(samtalenummer);
        }
        return samtale;
    }

    /** Seen as the conversation is seen now: its latest version decides who may read the history. */
    @Transactional(readOnly = true)
    public List<Historikpost> historik(Kald kald, long samtalenummer) {
        List<Samtaleversion> versioner = samtaler.versioner(samtalenummer);
        if (versioner.isEmpty()) {
            throw ikkeFundet(samtalenummer);
        }
        Registrering aktuel = versioner.get(versioner.size() - 1).registrering();
        adgang.kraevLaesning(kald, aktuel.cpr(), aktuel.samtaletype(), Fejlkode.SAMTALE_FINDES_IKKE, samtalenummer);
        return Historikpost.af(versioner);
    }

    /** The citizen's conversations the caller may see: an a-kasse only the samtaletyper an a-kasse may see. */
    @Transactional(readOnly = true)
    public List<Samtale> soeg(Kald kald, Cpr cpr, LocalDate fra, LocalDate til) {
        adgang.kraevLaesning(kald, cpr);
        Predicate<Samtaletype> synlige = adgang.synlige(kald);
        return samtaler.soeg(cpr, fra, til).stream().filter(s -> synlige.test(s.registrering().samtaletype())).toList();
    }

    /** Every conversation of the citizen, for a computation whose caller's access was judged by the caller's use case. */
    @Transactional(readOnly = true)
    public List<Samtale> alle(Cpr cpr) {
        return samtaler.soeg(cpr, null, null);
    }

    /**
     * The conversation exists and its authority is the caller's. Read before the lock: a conversation never changes
     * authority, since only its own authority may change it.
     */
    private void kraevEgen(Kald kald, long samtalenummer) {
        Samtale samtale = samtaler.hent(samtalenummer).orElseThrow(() -> ikkeFundet(samtalenummer));
        adgang.kraevEgenMyndighed(kald, samtale.registrering().cpr(), samtale.registrering().ansvarligSagsbehandler().myndighed(),
                Fejlkode.SAMTALE_FINDES_IKKE, samtalenummer);
    }

    private LaastSamtale laasTilAendring(long samtalenummer, int forventetVersion) {
        LaastSamtale laast = samtaler.laasTilAendring(samtalenummer).orElseThrow(() -> ikkeFundet(samtalenummer));
        if (laast.version() != forventetVersion) {
            throw new ForaeldetVersion(laast.version(), forventetVersion);
        }
        if (laast.annulleret()) {
            throw new Regelbrud(List.of(Overtraedelse.af(Fejlkode.SAMTALE_ANNULLERET, null)));
        }
        return laast;
    }

    /** What {@link #bedoem} found: the citizen, if the registry knows them, and the registration every rule accepted. */
    private record Bedoemt(Optional<Long> borgerId, GodkendtRegistrering godkendt) {
    }

    /**
     * Rules 1-9 for a new registration, as {@link #registrer} and {@link #proev} both judge it: the fields, the
     * caller's name, then the citizen found by {@code borger} (locked or not) and judged from one read.
     */
    private Bedoemt bedoem(Kald kald, Samtaleanmodning anmodning, Function<Cpr, Optional<Long>> borger) {
        Registrering registrering = Registreringsindlaesning.fortolk(anmodning, ur.instant());
        adgang.kraevEgetNavn(kald, registrering.cpr(), registrering.ansvarligSagsbehandler());
        Optional<Long> borgerId = borger.apply(registrering.cpr());
        Registreringsgrundlag grundlag = borgerId
                .map(id -> grundlaget.hent(id, registrering, Optional.empty()))
                .orElse(new Registreringsgrundlag(BorgerSituation.UKENDT, List.of(), Set.of()));
        return new Bedoemt(borgerId, new GodkendtRegistrering(registrering, godkend(registrering, grundlag)));
    }

    /**
     * First whether the citizen is the authority's own on the day held (rule 9); then rules 3-8; answers whether the
     * conversation is nulstillende, or throws every violation.
     */
    private boolean godkend(Registrering registrering, Registreringsgrundlag grundlag) {
        kraevRegistreringsadgang(registrering.ansvarligSagsbehandler().myndighed(), grundlag.situation(), registrering.afholdtDag());
        Registreringspolitik.Vurdering vurdering = politik.vurder(registrering, grundlag.situation(), grundlag.tidligere(),
                grundlag.planlagteSamtaler());
        if (!vurdering.godkendt()) {
            throw new Regelbrud(vurdering.overtraedelser());
        }
        return vurdering.nulstillende();
    }

    /**
     * Whether the citizen is the authority's own on {@code dag} (DFDG rule 7, for every kind of authority): if not,
     * 403 and nothing else is judged, since the other rules would tell about somebody else's citizen.
     */
    private static void kraevRegistreringsadgang(Myndighed myndighed, BorgerSituation situation, LocalDate dag) {
        Adgangsregler.registreringsadgang(myndighed, situation, dag).ifPresent(brud -> {
            throw AdgangNaegtet.af(brud);
        });
    }

    private Samtale skrivHaendelse(Kald kald, Aendringsart art, long borgerId, Samtale samtale) {
        haendelser.skriv(new NyHaendelse(ENTITET, art, borgerId, samtale.samtalenummer(), samtale.version(),
                samtale.registrering().samtaletype(), kald.kalder().somSagsbehandler(), samtale));
        return samtale;
    }

    private static Afvist ikkeFundet(long samtalenummer) {
        return Afvist.af(Fejlkode.SAMTALE_FINDES_IKKE, samtalenummer);
    }
}
