package dk.samtaleregister.indlaesning.domain;

import java.util.List;

/** What an import did: the rows the file had, how many were loaded, and each row that was not, in line order. */
public record Importrapport(long raekker, long indlaest, List<Afvisning> afviste) {

    public Importrapport {
        afviste = List.copyOf(afviste);
    }
}
