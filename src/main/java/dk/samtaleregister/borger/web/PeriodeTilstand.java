package dk.samtaleregister.borger.web;

import dk.samtaleregister.borger.application.RegistreretPeriode;
import dk.samtaleregister.borger.web.BorgerDtoer.PeriodeSvar;
import dk.samtaleregister.haendelse.application.Tilstandsform;
import org.springframework.stereotype.Component;

/** A period's events carry it as GET on its collection answers it, with the periods its registration ended. */
@Component
class PeriodeTilstand implements Tilstandsform<RegistreretPeriode<?>> {

    @Override
    @SuppressWarnings("unchecked") // RegistreretPeriode is one class whatever its kind of period
    public Class<RegistreretPeriode<?>> tilstandstype() {
        return (Class<RegistreretPeriode<?>>) (Class<?>) RegistreretPeriode.class;
    }

    @Override
    public Object svar(RegistreretPeriode<?> periode) {
        return PeriodeSvar.af(periode);
    }
}
