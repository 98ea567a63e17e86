package dk.samtaleregister.faelles.web;

import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The refusals, counted by their stable code ({@code samtaleregister_afvisninger_total{kode=...}}): one count per
 * violation, so a registration refused for two rules counts under both. The codes are a fixed list, so the series
 * stay few; no field value and no citizen is a tag.
 */
@Component
public class Afvisningstal {

    static final String NAVN = "samtaleregister.afvisninger";

    private final MeterRegistry register;

    public Afvisningstal(MeterRegistry register) {
        this.register = register;
    }

    public void tael(Afvist afvist) {
        for (Overtraedelse o : afvist.overtraedelser()) {
            Counter.builder(NAVN).description("Afviste anmodninger per overtrædelse, efter fejlkode")
                    .tag("kode", o.kode().name()).tag("type", o.kode().type().name()).register(register).increment();
        }
    }
}
