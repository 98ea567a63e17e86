package dk.samtaleregister.indlaesning.domain;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file's first line: the columns it has, in their order, separated by semicolons (a name may be quoted). Each must
 * be a field of the art's single-row POST; a column may be left out, and is then empty in every row.
 */
public final class Overskrift {

    private static final Pattern FELTNAVN = Pattern.compile("[A-Za-z][A-Za-z.]{0,79}");

    private Overskrift() {
    }

    /** The columns, or every fault of the line recorded: unknown or repeated columns, or no line at all. */
    public static List<String> fortolk(String linje, Importart art, Overtraedelser fejl) {
        if (linje == null || linje.isBlank()) {
            fejl.tilfoej(Fejlkode.FIL_UDEN_OVERSKRIFT, null);
            return List.of();
        }
        List<String> kolonner = new ArrayList<>();
        Set<String> set = new HashSet<>();
        for (String del : linje.split(";", -1)) {
            String navn = del.strip();
            if (navn.length() >= 2 && navn.startsWith("\"") && navn.endsWith("\"")) {
                navn = navn.substring(1, navn.length() - 1).replace("\"\"", "\"");
            }
            if (!art.felter().contains(navn)) {
                // Named only if it looks like a field name: a file without its header line starts with a row of data.
                fejl.tilfoej(Fejlkode.UKENDT_FELT, FELTNAVN.matcher(navn).matches() ? navn : null);
            } else if (!set.add(navn)) {
                fejl.tilfoej(Fejlkode.KOLONNE_GENTAGET, navn);
            }
            kolonner.add(navn);
        }
        return kolonner;
    }
}
