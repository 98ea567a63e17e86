package dk.samtaleregister.planlaegning.domain;

/** A booking is active until it is cancelled; a cancelled booking is final. */
public enum Bookingstatus {
    AKTIV,
    AFLYST
}
