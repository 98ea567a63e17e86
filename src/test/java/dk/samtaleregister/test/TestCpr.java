package dk.samtaleregister.test;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, distinct CPR numbers, so that every test works on citizens of its own in the shared database. */
public final class TestCpr {

    private static final AtomicInteger TAELLER = new AtomicInteger();
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");

    private TestCpr() {
    }

    /** Born from 1940 on, 4000 a day (seventh digit 0-3: the 1900s), serial from a counter; no modulus-11 on purpose. */
    public static String naeste() {
        int n = TAELLER.getAndIncrement();
        LocalDate foedt = LocalDate.of(1940, 1, 1).plusDays(n / 4000);
        return foedt.format(DDMMYY) + String.format("%04d", n % 4000);
    }
}
