package dk.samtaleregister.borger.web;

import dk.samtaleregister.borger.application.BorgerService;
import dk.samtaleregister.borger.application.RegistreretPeriode;
import dk.samtaleregister.borger.domain.Aendring;
import dk.samtaleregister.borger.domain.Borgerperiode;
import dk.samtaleregister.borger.domain.Cpr;
import dk.samtaleregister.borger.domain.Periodeslag;
import dk.samtaleregister.borger.web.BorgerDtoer.Afslutning;
import dk.samtaleregister.borger.web.BorgerDtoer.Historikpunkt;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.web.IkkeFundet;
import dk.samtaleregister.faelles.web.Versionsbetingelse;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;

/**
 * What the endpoints of the three kinds of period have in common: the version in the ETag, If-Match on every
 * change, 404 for an unknown id. {@code S} is the kind's response body.
 */
final class Periodeendepunkter<P extends Borgerperiode, S> {

    private final BorgerService service;
    private final Periodeslag<P> slag;
    private final String sti;
    private final Function<RegistreretPeriode<P>, S> svar;

    Periodeendepunkter(BorgerService service, Periodeslag<P> slag, String sti, Function<RegistreretPeriode<P>, S> svar) {
        this.service = service;
        this.slag = slag;
        this.sti = sti;
        this.svar = svar;
    }

    ResponseEntity<S> opret(Cpr cpr, P ny, Aendring aendring) {
        RegistreretPeriode<P> gemt = service.registrer(slag, cpr, ny, aendring);
        return ResponseEntity.created(URI.create(sti + "/" + gemt.periode().id()))
                .eTag(Versionsbetingelse.etag(gemt.version())).body(svar.apply(gemt));
    }

    ResponseEntity<S> hent(long id) {
        return medVersion(fundet(id, service.hent(slag, id)));
    }

    ResponseEntity<S> ret(long id, int forventet, P rettet, Aendring aendring) {
        return medVersion(fundet(id, service.ret(slag, id, forventet, rettet, aendring)));
    }

    ResponseEntity<S> afslut(long id, String ifMatch, Afslutning afslutning) {
        int forventet = Versionsbetingelse.forventetVersion(ifMatch);
        Overtraedelser fejl = new Overtraedelser();
        LocalDate til = Felter.dato(Felter.paakraevet(afslutning.til(), "til", fejl), "til", fejl);
        Aendring aendring = Periodefelter.aendring(afslutning.begrundelse(), afslutning.ansvarligSagsbehandler(), fejl);
        fejl.kastHvisNogen();
        return medVersion(fundet(id, service.afslut(slag, id, forventet, til, aendring)));
    }

    List<Historikpunkt> historik(long id) {
        return Historikpunkt.af(fundet(id, service.historik(slag, id)));
    }

    private ResponseEntity<S> medVersion(RegistreretPeriode<P> periode) {
        return ResponseEntity.ok().eTag(Versionsbetingelse.etag(periode.version())).body(svar.apply(periode));
    }

    private static <T> T fundet(long id, Optional<T> resultat) {
        return resultat.orElseThrow(() -> new IkkeFundet(Fejlkode.PERIODE_FINDES_IKKE, id));
    }
}
