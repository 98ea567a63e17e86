package dk.samtaleregister.faelles.web;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import java.util.regex.Pattern;

/**
 * Masks anything that looks like a CPR number in a log line, stack traces included: a driver's error detail or a
 * library's message can quote data the code never meant to log. The birth date part stays, the serial goes.
 */
public class CprMaskeringKonverter extends CompositeConverter<ILoggingEvent> {

    private static final Pattern CPR = Pattern.compile("(?<![0-9])([0-9]{6})-?[0-9]{4}(?![0-9])");

    @Override
    protected String transform(ILoggingEvent event, String linje) {
        return maskeret(linje);
    }

    public static String maskeret(String tekst) {
        return CPR.matcher(tekst).replaceAll("$1-xxxx");
    }
}
