package dk.samtaleregister.regler.domain;

/** Whether the citizen was healthy or sick on the day: sick when an absence SYGDOM_SYGEMELDING covers it. */
public enum RaskSyg {
    RASK, SYG
}
