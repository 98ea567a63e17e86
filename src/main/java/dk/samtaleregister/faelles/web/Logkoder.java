package dk.samtaleregister.faelles.web;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The console's lines: the pattern's text lines (masked by the pattern's {@code %cprmaske}), or, with the format
 * {@code json} (LOG_FORMAT=json), one JSON object a line: time, level, thread, logger, the request's correlation id,
 * the message and the stack trace, each passed through the same CPR mask. The JSON is written by hand, so that
 * nothing but these fields, masked, can reach the log.
 */
public class Logkoder extends PatternLayoutEncoder {

    private final ThrowableProxyConverter stak = new ThrowableProxyConverter();
    private boolean json;

    /** {@code json} for JSON lines; anything else, the text lines. */
    public void setFormat(String format) {
        json = "json".equalsIgnoreCase(format == null ? "" : format.strip());
    }

    @Override
    public void start() {
        stak.setContext(getContext());
        stak.start();
        super.start();
    }

    @Override
    public byte[] encode(ILoggingEvent haendelse) {
        return json ? somJson(haendelse) : super.encode(haendelse);
    }

    private byte[] somJson(ILoggingEvent haendelse) {
        StringBuilder json = new StringBuilder(256).append('{');
        felt(json, "tid", Instant.ofEpochMilli(haendelse.getTimeStamp()).toString()).append(',');
        felt(json, "niveau", haendelse.getLevel().toString()).append(',');
        felt(json, "traad", haendelse.getThreadName()).append(',');
        felt(json, "logger", haendelse.getLoggerName()).append(',');
        felt(json, "korrelationsId", haendelse.getMDCPropertyMap().get("korrelationsId")).append(',');
        felt(json, "besked", CprMaskeringKonverter.maskeret(haendelse.getFormattedMessage()));
        if (haendelse.getThrowableProxy() != null) {
            felt(json.append(','), "stak", CprMaskeringKonverter.maskeret(stak.convert(haendelse)));
        }
        return json.append("}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder felt(StringBuilder json, String navn, String vaerdi) {
        json.append('"').append(navn).append("\":");
        if (vaerdi == null) {
            return json.append("null");
        }
        json.append('"');
        for (int i = 0; i < vaerdi.length(); i++) {
            char c = vaerdi.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
