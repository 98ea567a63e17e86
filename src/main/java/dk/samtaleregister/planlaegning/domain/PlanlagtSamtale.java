package dk.samtaleregister.planlaegning.domain;

/** A stored booking in its current version. */
public record PlanlagtSamtale(long nummer, Planlaegning indhold, Bookingstatus status, int version) {
}
