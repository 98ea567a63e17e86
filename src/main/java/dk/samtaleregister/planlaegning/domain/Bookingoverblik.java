package dk.samtaleregister.planlaegning.domain;

import java.util.List;

/**
 * A booking as it is read: its current version and the held conversations of the same citizen that name it. The
 * link goes one way, as in DFDG: registering a held conversation never changes the booking.
 */
public record Bookingoverblik(PlanlagtSamtale planlagtSamtale, List<Long> afholdteSamtaler) {

    public Bookingoverblik {
        afholdteSamtaler = List.copyOf(afholdteSamtaler);
    }
}
