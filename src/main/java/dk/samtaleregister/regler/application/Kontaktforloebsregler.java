package dk.samtaleregister.regler.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The kontaktforløb's rule files as loaded, for the reference data: the krav versions and the undtagelse rules,
 * each with its sources. The kontaktforløb capability supplies them; the rules of registration know nothing of it.
 */
public interface Kontaktforloebsregler {

    List<Kravversion> krav();

    List<Undtagelsesregel> undtagelser();

    /** One row of regler/kontaktforloeb-krav.csv. */
    record Kravversion(String kode, LocalDate gyldigFra, LocalDate gyldigTil, List<Integer> kontaktgrupper, String fra, String til,
                       int antal, List<Integer> samtaletyper, String ansvarlig, String kontaktform, Integer maal, String hjemmel,
                       String kilde, String beskrivelse) {
    }

    /** One row of regler/undtagelser.csv. */
    record Undtagelsesregel(String grund, LocalDate gyldigFra, LocalDate gyldigTil, List<String> krav, String hjemmel, String kilde) {
    }
}
