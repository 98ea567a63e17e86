package dk.samtaleregister.borger.web;

import dk.samtaleregister.adgang.application.Adgangskontrol;
import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.borger.application.BorgerService;
import dk.samtaleregister.borger.application.RegistreretPeriode;
import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.web.BorgerDtoer.Afslutning;
import dk.samtaleregister.faelles.web.HistorikpostDto;
import dk.samtaleregister.faelles.domain.AdgangNaegtet;
import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.web.Versionsbetingelse;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;

/**
 * What the endpoints of every kind of period have in common: the version in the ETag, If-Match on every
 * change, 404 for an unknown id. {@code S} is the kind's response body.
 */
final class Periodeendepunkter<P extends Borgerperiode, S> {

    private final BorgerService service;
    private final Adgangskontrol adgang;
    private final Periodeslag<P> slag;
    private final String sti;
    private final Function<RegistreretPeriode<P>, S> svar;

    Periodeendepunkter(BorgerService service, Adgangskontrol adgang, Periodeslag<P> slag, String sti,
                       Function<RegistreretPeriode<P>, S> svar) {
        this.service = service;
        this.adgang = adgang;
        this.slag = slag;
        this.sti = sti;
        this.svar = svar;
    }

    /** Written by the feed (role SYSTEM) only; the version names the body's caseworker, or else the token's. */
    ResponseEntity<S> opret(Kald kald, Cpr cpr, P ny, Aendring aendring) {
        adgang.kraevSystem(kald, cpr);
        RegistreretPeriode<P> gemt = service.registrer(slag, cpr, ny, medKalder(aendring, kald));
        return ResponseEntity.created(URI.create(sti + "/" + gemt.periode().id()))
                .eTag(Versionsbetingelse.etag(gemt.version())).body(svar.apply(gemt));
    }

    ResponseEntity<S> hent(Kald kald, long id) {
        return medVersion(synlig(kald, id, service.hent(slag, id)));
    }

    /** The role is judged before the period is looked up, so that a refusal tells nothing of which periods exist. */
    ResponseEntity<S> ret(Kald kald, long id, int forventet, P rettet, Aendring aendring) {
        adgang.kraevSystem(kald, null);
        RegistreretPeriode<P> rettetPeriode = fundet(id, service.ret(slag, id, forventet, rettet, medKalder(aendring, kald)));
        kald.noter(rettetPeriode.cpr());
        return medVersion(rettetPeriode);
    }

    ResponseEntity<S> afslut(Kald kald, long id, String ifMatch, Afslutning afslutning) {
        adgang.kraevSystem(kald, null);
        int forventet = Versionsbetingelse.forventetVersion(ifMatch);
        Overtraedelser fejl = new Overtraedelser();
        LocalDate til = Felter.dato(Felter.paakraevet(afslutning.til(), "til", fejl), "til", fejl);
        Aendring aendring = Periodefelter.aendring(afslutning.begrundelse(), afslutning.ansvarligSagsbehandler(), fejl);
        fejl.kastHvisNogen();
        RegistreretPeriode<P> afsluttet = fundet(id, service.afslut(slag, id, forventet, til, medKalder(aendring, kald)));
        kald.noter(afsluttet.cpr());
        return medVersion(afsluttet);
    }

    List<HistorikpostDto> historik(Kald kald, long id) {
        synlig(kald, id, service.hent(slag, id));
        return HistorikpostDto.af(fundet(id, service.historik(slag, id)));
    }

    /** The period, if the caller may see the citizen's situation; otherwise not found, as if it did not exist. */
    private RegistreretPeriode<P> synlig(Kald kald, long id, Optional<RegistreretPeriode<P>> periode) {
        RegistreretPeriode<P> fundet = fundet(id, periode);
        if (!adgang.kanLaeseSituation(kald, fundet.cpr())) {
            throw AdgangNaegtet.somIkkeFundet(Fejlkode.PERIODE_FINDES_IKKE, id);
        }
        return fundet;
    }

    private static Aendring medKalder(Aendring aendring, Kald kald) {
        return aendring.ansvarlig() != null ? aendring : new Aendring(kald.kalder().somSagsbehandler(), aendring.begrundelse());
    }

    private ResponseEntity<S> medVersion(RegistreretPeriode<P> periode) {
        return ResponseEntity.ok().eTag(Versionsbetingelse.etag(periode.version())).body(svar.apply(periode));
    }

    private static <T> T fundet(long id, Optional<T> resultat) {
        return resultat.orElseThrow(() -> Afvist.af(Fejlkode.PERIODE_FINDES_IKKE, id));
    }
}
