package dk.samtaleregister.borger.domain;

import dk.samtaleregister.faelles.domain.Periode;

/** Anything in the citizen's situation that holds for a period of days. */
public interface Borgerperiode {
    long id();

    Periode periode();
}
