package dk.samtaleregister.borger.domain;

import java.time.LocalDate;

/** An existing open-ended period that a new one ends: it now ends on {@code sidsteDag}. */
public record Periodeafslutning(long id, LocalDate sidsteDag) {
}
