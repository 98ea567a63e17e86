package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.regler.domain.Undtagelsesgrund;
import java.time.LocalDate;
import java.util.List;

/**
 * One krav of one kontaktforløb, judged as of a day.
 *
 * @param maal      the krav's target share in per cent of a jobcenter's forløb, or null (see {@link Krav#maal()})
 * @param undtaget  the grund that exempts it when the status is UNDTAGET, otherwise null
 */
public record KravResultat(String kode, String beskrivelse, String hjemmel, String kilde, Myndighedstype ansvarlig,
                           LocalDate vindueFra, LocalDate frist, int antalKraevet, int antalAfholdt,
                           Kravstatus status, Undtagelsesgrund undtaget, Integer maal, List<Long> talteSamtaler) {
}
