package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.faelles.domain.Myndighedstype;
import java.time.LocalDate;
import java.util.List;

/** One krav of one kontaktforløb, judged as of a day. */
public record KravResultat(String kode, String beskrivelse, String hjemmel, Myndighedstype ansvarlig,
                           LocalDate vindueFra, LocalDate frist, int antalKraevet, int antalAfholdt,
                           Kravstatus status, List<Long> talteSamtaler) {
}
