package dk.samtaleregister.faelles.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Checks of single request fields that several capabilities share. Each records its violation and answers null. */
public final class Felter {

    /** Each code list by name, in declaration order: built once, since every request looks codes up. */
    private static final ClassValue<Map<String, Enum<?>>> KODER = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> koder = new LinkedHashMap<>();
            for (Object kode : type.getEnumConstants()) {
                koder.put(((Enum<?>) kode).name(), (Enum<?>) kode);
            }
            return Collections.unmodifiableMap(koder);
        }
    };

    private Felter() {
    }

    public static <T> T paakraevet(T vaerdi, String felt, Overtraedelser fejl) {
        if (vaerdi == null || (vaerdi instanceof String tekst && tekst.isBlank())) {
            fejl.tilfoej(Fejlkode.FELT_MANGLER, felt);
            return null;
        }
        return vaerdi;
    }

    public static String tekst(String vaerdi, int maksLaengde, String felt, Overtraedelser fejl) {
        if (vaerdi != null && vaerdi.codePointCount(0, vaerdi.length()) > maksLaengde) {
            fejl.tilfoej(Fejlkode.FOR_LANG, felt, maksLaengde);
            return null;
        }
        return vaerdi;
    }

    public static <E extends Enum<E>> E kode(String vaerdi, Class<E> type, String felt, Overtraedelser fejl) {
        if (paakraevet(vaerdi, felt, fejl) == null) {
            return null;
        }
        return valgfriKode(vaerdi, type, felt, fejl);
    }

    public static <E extends Enum<E>> E valgfriKode(String vaerdi, Class<E> type, String felt, Overtraedelser fejl) {
        if (vaerdi == null) {
            return null;
        }
        E kode = type.cast(KODER.get(type).get(vaerdi));
        if (kode == null) {
            fejl.tilfoej(Fejlkode.UKENDT_KODE, felt, String.join(", ", KODER.get(type).keySet()));
        }
        return kode;
    }

    /** A code list keyed by number (samtaletype id, kontaktgruppe nummer): required, and one of {@code gyldige}. */
    public static <T> T nummerkode(Integer nummer, IntFunction<Optional<T>> opslag, Supplier<IntStream> gyldige, String felt,
                                   Overtraedelser fejl) {
        if (paakraevet(nummer, felt, fejl) == null) {
            return null;
        }
        Optional<T> kode = opslag.apply(nummer);
        if (kode.isEmpty()) {
            fejl.tilfoej(Fejlkode.UKENDT_KODE, felt, gyldige.get().mapToObj(String::valueOf).collect(Collectors.joining(", ")));
        }
        return kode.orElse(null);
    }

    public static LocalDate dato(String vaerdi, String felt, Overtraedelser fejl) {
        if (vaerdi == null) {
            return null;
        }
        try {
            return LocalDate.parse(vaerdi);
        } catch (DateTimeParseException e) {
            fejl.tilfoej(Fejlkode.UGYLDIG_DATO, felt);
            return null;
        }
    }

    /**
     * A moment, ISO-8601 with or without an offset; without one it is Danish local time. Kept to the second. Null when
     * absent, or when unreadable with the violation recorded.
     */
    public static Instant tidspunkt(String tekst, String felt, Overtraedelser fejl) {
        if (tekst == null) {
            return null;
        }
        try {
            Instant tidspunkt = harForskydning(tekst)
                    ? OffsetDateTime.parse(tekst).toInstant()
                    : LocalDateTime.parse(tekst).atZone(DanskTid.ZONE).toInstant();
            return tidspunkt.truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException e) {
            fejl.tilfoej(Fejlkode.UGYLDIGT_TIDSPUNKT, felt);
            return null;
        }
    }

    /** After the date (yyyy-mm-dd), an offset is the only place a 'Z', '+' or '-' can stand; no exception is thrown to find out. */
    private static boolean harForskydning(String tekst) {
        if (tekst.length() <= 10) {
            return false;
        }
        char sidste = tekst.charAt(tekst.length() - 1);
        return sidste == 'Z' || sidste == 'z' || tekst.indexOf('+', 10) > 0 || tekst.indexOf('-', 10) > 0;
    }

    /** A period from two request fields: fra required, til optional and not before fra. */
    public static Periode periode(String fra, String til, Overtraedelser fejl) {
        LocalDate start = dato(paakraevet(fra, "fra", fejl), "fra", fejl);
        LocalDate slut = dato(til, "til", fejl);
        if (start == null || (til != null && slut == null)) {
            return null;
        }
        if (slut != null && slut.isBefore(start)) {
            fejl.tilfoej(Fejlkode.TIL_FOER_FRA, "til");
            return null;
        }
        return new Periode(start, slut);
    }
}
