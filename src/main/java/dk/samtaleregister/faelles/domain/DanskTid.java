package dk.samtaleregister.faelles.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The registry judges days in Danish time: a conversation held 00:30 Danish time belongs to that Danish day. */
public final class DanskTid {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private static final DateTimeFormatter VISNING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private DanskTid() {
    }

    public static LocalDate dag(Instant tidspunkt) {
        return LocalDate.ofInstant(tidspunkt, ZONE);
    }

    public static String visning(Instant tidspunkt) {
        return VISNING.format(tidspunkt);
    }
}
