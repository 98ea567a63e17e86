package dk.samtaleregister.regler.application;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.springframework.core.io.ResourceLoader;

/**
 * Where every rule file is read from: {@code samtaleregister.regler.placering} (default: those shipped in the jar),
 * so that operators can run a changed rule set without a new build.
 */
public record Regelkilde(ResourceLoader ressourcer, String placering) implements Function<String, Reader> {

    public Regelkilde {
        placering = placering.endsWith(":") || placering.endsWith("/") ? placering : placering + "/";
    }

    @Override
    public Reader apply(String navn) {
        try {
            return new InputStreamReader(ressourcer.getResource(placering + navn).getInputStream(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule file " + navn + " from " + placering, e);
        }
    }
}
