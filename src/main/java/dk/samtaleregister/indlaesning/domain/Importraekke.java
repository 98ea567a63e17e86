package dk.samtaleregister.indlaesning.domain;

import java.util.Map;

/** One row of the file as it came: its line (the header is line 1) and each column's text, null where it is empty. */
public record Importraekke(long linje, Map<String, String> felter) {

    public String felt(String navn) {
        return felter.get(navn);
    }
}
