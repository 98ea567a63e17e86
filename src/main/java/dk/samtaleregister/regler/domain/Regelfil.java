package dk.samtaleregister.regler.domain;

import dk.samtaleregister.faelles.domain.Periode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A semicolon-separated rule file: '#' starts a comment line, the first other line names the columns,
 * each further line is one row. Rows are grouped by their effective period (the first two columns);
 * two different periods in one file may not overlap.
 */
public final class Regelfil {

    private final Map<Periode, List<Raekke>> efterPeriode;

    private Regelfil(Map<Periode, List<Raekke>> efterPeriode) {
        this.efterPeriode = efterPeriode;
    }

    public static Regelfil laes(String navn, Reader kilde, String forventetHoved) {
        List<Raekke> raekker = raekker(navn, kilde, forventetHoved);
        Map<Periode, List<Raekke>> efterPeriode = new LinkedHashMap<>();
        for (Raekke raekke : raekker) {
            Periode periode = raekke.gyldighed();
            if (!efterPeriode.containsKey(periode)) {
                for (Periode tidligere : efterPeriode.keySet()) {
                    if (tidligere.overlapper(periode)) {
                        throw raekke.fejl("effective period " + periode + " overlaps " + tidligere
                                + " (line " + efterPeriode.get(tidligere).get(0).linje() + ")");
                    }
                }
            }
            efterPeriode.computeIfAbsent(periode, p -> new ArrayList<>()).add(raekke);
        }
        efterPeriode.replaceAll((periode, raekkerne) -> List.copyOf(raekkerne));
        return new Regelfil(Collections.unmodifiableMap(efterPeriode));
    }

    public Map<Periode, List<Raekke>> efterPeriode() {
        return efterPeriode;
    }

    /**
     * The rows of a file whose rows are dated one by one rather than as whole versions (the kontaktforløb's krav: each
     * krav has its own history). The caller checks its own overlaps.
     */
    public static List<Raekke> raekker(String navn, Reader kilde, String forventetHoved) {
        List<Raekke> raekker = laesRaekker(navn, kilde, forventetHoved);
        if (raekker.isEmpty()) {
            throw new RegelfilFejl(navn, 1, "the file has no rows");
        }
        return raekker;
    }

    private static List<Raekke> laesRaekker(String navn, Reader kilde, String forventetHoved) {
        int kolonner = forventetHoved.split(";", -1).length;
        List<Raekke> raekker = new ArrayList<>();
        boolean hovedLaest = false;
        try (BufferedReader laeser = new BufferedReader(kilde)) {
            int linje = 0;
            for (String tekst = laeser.readLine(); tekst != null; tekst = laeser.readLine()) {
                linje++;
                // Spreadsheet programs save UTF-8 with a byte order mark; it is not part of the first line.
                String indhold = (linje == 1 && tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst).strip();
                if (indhold.isEmpty() || indhold.startsWith("#")) {
                    continue;
                }
                if (!hovedLaest) {
                    if (!indhold.equals(forventetHoved)) {
                        throw new RegelfilFejl(navn, linje, "expected the header '" + forventetHoved + "', found '" + indhold + "'");
                    }
                    hovedLaest = true;
                    continue;
                }
                String[] felter = indhold.split(";", -1);
                if (felter.length != kolonner) {
                    throw new RegelfilFejl(navn, linje, "expected " + kolonner + " columns (" + forventetHoved + "), found " + felter.length);
                }
                for (int i = 0; i < felter.length; i++) {
                    felter[i] = felter[i].strip();
                }
                raekker.add(new Raekke(navn, linje, felter));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule file " + navn, e);
        }
        if (!hovedLaest) {
            throw new RegelfilFejl(navn, 1, "the file has no header '" + forventetHoved + "'");
        }
        return raekker;
    }
}
