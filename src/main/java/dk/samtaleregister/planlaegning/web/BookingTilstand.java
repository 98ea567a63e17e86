package dk.samtaleregister.planlaegning.web;

import dk.samtaleregister.haendelse.application.Tilstandsform;
import dk.samtaleregister.planlaegning.domain.Bookingoverblik;
import org.springframework.stereotype.Component;

/** A booking's events carry it as GET /api/v1/planlagte-samtaler/{nummer} answers it. */
@Component
class BookingTilstand implements Tilstandsform<Bookingoverblik> {

    @Override
    public Class<Bookingoverblik> tilstandstype() {
        return Bookingoverblik.class;
    }

    @Override
    public Object svar(Bookingoverblik booking) {
        return PlanlagtSamtaleSvar.af(booking);
    }
}
