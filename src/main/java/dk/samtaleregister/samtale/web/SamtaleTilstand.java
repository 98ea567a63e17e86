package dk.samtaleregister.samtale.web;

import dk.samtaleregister.haendelse.application.Tilstandsform;
import dk.samtaleregister.samtale.domain.Samtale;
import org.springframework.stereotype.Component;

/** A conversation's events carry it as GET /api/v1/samtaler/{samtalenummer} answers it. */
@Component
class SamtaleTilstand implements Tilstandsform<Samtale> {

    @Override
    public Class<Samtale> tilstandstype() {
        return Samtale.class;
    }

    @Override
    public Object svar(Samtale samtale) {
        return SamtaleSvar.af(samtale);
    }
}
