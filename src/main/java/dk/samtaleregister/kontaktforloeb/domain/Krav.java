package dk.samtaleregister.kontaktforloeb.domain;

import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One version of one legal contact requirement: at least {@code antal} counting conversations, held by
 * {@code ansvarlig} (in {@code kontaktform} where named), inside the window from {@code fra} to {@code til} of a
 * kontaktforløb in one of {@code kontaktgrupper} that starts inside {@code gyldighed}. The window's {@code fra} is the
 * start day for {@link Fristudtryk#STARTDAGEN}, otherwise the day after the span it names.
 *
 * @param kontaktform the required form, or null when any nulstillende form counts
 * @param maal        the share in per cent of a jobcenter's forløb that must meet the krav (lov 1750/2025), or null
 * @param kilde       the public source's address
 */
public record Krav(String kode, String beskrivelse, String hjemmel, String kilde, Periode gyldighed, Set<Kontaktgruppe> kontaktgrupper,
                   Fristudtryk fra, Fristudtryk til, int antal, Set<Samtaletype> samtaletyper,
                   Myndighedstype ansvarlig, Kontaktform kontaktform, Integer maal) {

    public Krav {
        Objects.requireNonNull(kode, "kode");
        Objects.requireNonNull(gyldighed, "gyldighed");
        Objects.requireNonNull(fra, "fra");
        Objects.requireNonNull(til, "til");
        Objects.requireNonNull(ansvarlig, "ansvarlig");
        if (kontaktgrupper.isEmpty() || samtaletyper.isEmpty() || antal < 1) {
            throw new IllegalArgumentException("krav " + kode + " needs kontaktgrupper, samtaletyper and antal >= 1");
        }
        // EnumSet: contains() is a bit test, and it is asked once per conversation per krav per citizen.
        kontaktgrupper = Collections.unmodifiableSet(EnumSet.copyOf(kontaktgrupper));
        samtaletyper = Collections.unmodifiableSet(EnumSet.copyOf(samtaletyper));
    }

    /** Days from the start of the forløb to the window's first day. */
    public int foersteDag(LocalDate start) {
        return fra.equals(Fristudtryk.STARTDAGEN) ? 0 : fra.slutDag(start) + 1;
    }

    /** Days from the start of the forløb to the window's last day (the frist). */
    public int sidsteDag(LocalDate start) {
        return til.slutDag(start);
    }
}
