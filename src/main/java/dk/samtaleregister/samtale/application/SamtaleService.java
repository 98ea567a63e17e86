package dk.samtaleregister.samtale.application;

import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Cpr;
import dk.samtaleregister.borger.persistence.BorgerRepository;
import dk.samtaleregister.faelles.domain.Regelbrud;
import dk.samtaleregister.samtale.domain.Registrering;
import dk.samtaleregister.samtale.domain.Registreringsindlaesning;
import dk.samtaleregister.samtale.domain.Registreringspolitik;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.samtale.domain.Samtaleanmodning;
import dk.samtaleregister.samtale.persistence.Registreringsgrundlag;
import dk.samtaleregister.samtale.persistence.SamtaleRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a held conversation. Cost: three statements and the commit. The citizen's row lock serialises
 * registrations for one citizen, so two at the same moment cannot together break rules 7 or 8.
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
    public Samtale registrer(Samtaleanmodning anmodning) {
        Registrering registrering = Registreringsindlaesning.fortolk(anmodning, ur.instant());
        Optional<Long> borgerId = borgere.laas(registrering.cpr());
        Registreringsgrundlag grundlag = borgerId
                .map(id -> samtaler.grundlag(id, registrering))
                .orElse(new Registreringsgrundlag(BorgerSituation.UKENDT, List.of()));
        Registreringspolitik.Vurdering vurdering = politik.vurder(registrering, grundlag.situation(), grundlag.tidligere());
        if (!vurdering.godkendt()) {
            throw new Regelbrud(vurdering.overtraedelser());
        }
        return samtaler.indsaet(borgerId.orElseThrow(), registrering, vurdering.nulstillende());
    }

    @Transactional(readOnly = true)
    public Optional<Samtale> hent(long samtalenummer) {
        return samtaler.hent(samtalenummer);
    }

    @Transactional(readOnly = true)
    public List<Samtale> soeg(Cpr cpr, LocalDate fra, LocalDate til) {
        return samtaler.soeg(cpr, fra, til);
    }
}
