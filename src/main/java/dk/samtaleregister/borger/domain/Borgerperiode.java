package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Periode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Anything in the citizen's situation that holds for a period of days. */
public interface Borgerperiode {
    long id();

    Periode periode();

    /** The period's fields as its history compares them: JSON field name → value, fra and til last. */
    Map<String, Object> felter();

    /** The fra and til of {@code periode} after {@code kode}, the one field that tells periods of a kind apart. */
    static Map<String, Object> felter(String kodefelt, Object kode, Periode periode) {
        Map<String, Object> felter = new LinkedHashMap<>();
        felter.put(kodefelt, kode);
        felter.put("fra", periode.fra());
        felter.put("til", periode.til());
        return felter;
    }
}
