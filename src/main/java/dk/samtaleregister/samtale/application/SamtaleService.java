package dk.samtaleregister.samtale.application;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Cpr;
import dk.samtaleregister.borger.persistence.BorgerRepository;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.ForaeldetVersion;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Regelbrud;
import dk.samtaleregister.faelles.web.IkkeFundet;
import dk.samtaleregister.samtale.domain.Registrering;
import dk.samtaleregister.samtale.domain.Registreringsindlaesning;
import dk.samtaleregister.samtale.domain.Registreringspolitik;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.samtale.domain.Samtaleaendring;
import dk.samtaleregister.samtale.domain.Samtaleanmodning;
import dk.samtaleregister.samtale.domain.Samtaleversion;
import dk.samtaleregister.samtale.persistence.Registreringsgrundlag;
import dk.samtaleregister.samtale.persistence.SamtaleRepository;
import dk.samtaleregister.samtale.persistence.SamtaleRepository.LaastSamtale;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, corrects and annuls held conversations. Every write locks the citizen's row first, so writes about one
 * citizen are judged one at a time and cannot together break rules 7 or 8. A registration costs three statements and
 * the commit. A correction costs five (lock the citizen through the conversation, read its version after the lock,
 * the grundlag, write, read back) and an annulment four (no grundlag): less frequent, so kept simple.
 */
@Service
public class SamtaleService {

    private final BorgerRepository borgere;
    private final SamtaleRepository samtaler;
    private final Registreringspolitik politik;
    private final Clock ur;

    public SamtaleService(BorgerRepository borgere, SamtaleRepository samtaler, Registreringspolitik politik, Clock ur) {
        this.borgere = borgere;
        this.samtaler = samtaler;
        this.politik = politik;
        this.ur = ur;
    }

    @Transactional
    public Samtale registrer(Samtaleanmodning anmodning, String begrundelse) {
        Registrering registrering = Registreringsindlaesning.fortolk(anmodning, ur.instant());
        Optional<Long> borgerId = borgere.laas(registrering.cpr());
        Registreringsgrundlag grundlag = borgerId
                .map(id -> samtaler.grundlag(id, registrering, Optional.empty()))
                .orElse(new Registreringsgrundlag(BorgerSituation.UKENDT, List.of(), Set.of()));
        boolean nulstillende = godkend(registrering, grundlag);
        return samtaler.indsaet(borgerId.orElseThrow(), registrering, nulstillende, begrundelse);
    }

    /** Every rule of a registration is judged again, as if the old version did not exist. */
    @Transactional
    public Samtale ret(long samtalenummer, int forventetVersion, Samtaleanmodning anmodning, String begrundelse) {
        Registrering registrering = Registreringsindlaesning.fortolk(anmodning, ur.instant());
        LaastSamtale laast = laasTilAendring(samtalenummer, forventetVersion);
        if (!laast.cpr().equals(registrering.cpr())) {
            throw new Regelbrud(List.of(Overtraedelse.af(Fejlkode.SAMTALE_ANDEN_BORGER, "cpr")));
        }
        boolean nulstillende = godkend(registrering, samtaler.grundlag(laast.borgerId(), registrering, Optional.of(samtalenummer)));
        samtaler.ret(samtalenummer, forventetVersion, registrering, nulstillende,
                new Samtaleaendring(begrundelse, registrering.ansvarligSagsbehandler()));
        return samtaler.hent(samtalenummer).orElseThrow();
    }

    @Transactional
    public Samtale annuller(long samtalenummer, int forventetVersion, Samtaleaendring aendring) {
        laasTilAendring(samtalenummer, forventetVersion);
        samtaler.annuller(samtalenummer, forventetVersion, aendring);
        return samtaler.hent(samtalenummer).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Samtale> hent(long samtalenummer) {
        return samtaler.hent(samtalenummer);
    }

    @Transactional(readOnly = true)
    public List<Samtaleversion> historik(long samtalenummer) {
        List<Samtaleversion> versioner = samtaler.versioner(samtalenummer);
        if (versioner.isEmpty()) {
            throw new IkkeFundet(Fejlkode.SAMTALE_FINDES_IKKE, samtalenummer);
        }
        return versioner;
    }

    @Transactional(readOnly = true)
    public List<Samtale> soeg(Cpr cpr, LocalDate fra, LocalDate til) {
        return samtaler.soeg(cpr, fra, til);
    }

    private LaastSamtale laasTilAendring(long samtalenummer, int forventetVersion) {
        LaastSamtale laast = samtaler.laasTilAendring(samtalenummer).orElseThrow(() -> new IkkeFundet(Fejlkode.SAMTALE_FINDES_IKKE, samtalenummer));
        if (laast.version() != forventetVersion) {
            throw new ForaeldetVersion(laast.version(), forventetVersion);
        }
        if (laast.annulleret()) {
            throw new Regelbrud(List.of(Overtraedelse.af(Fejlkode.SAMTALE_ANNULLERET, null)));
        }
        return laast;
    }

    /** Rules 3-9; answers whether the conversation is nulstillende, or throws every violation. */
    private boolean godkend(Registrering registrering, Registreringsgrundlag grundlag) {
        Registreringspolitik.Vurdering vurdering = politik.vurder(registrering, grundlag.situation(), grundlag.tidligere(),
                grundlag.planlagteSamtaler());
        if (!vurdering.godkendt()) {
            throw new Regelbrud(vurdering.overtraedelser());
        }
        return vurdering.nulstillende();
    }
}
