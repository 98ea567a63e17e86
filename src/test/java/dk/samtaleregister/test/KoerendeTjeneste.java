package dk.samtaleregister.test;

import dk.samtaleregister.SamtaleregisterApplication;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The service started as from the command line, for tests about start-up, restart and configuration. */
public final class KoerendeTjeneste implements AutoCloseable {

    private final ConfigurableApplicationContext kontekst;

    private KoerendeTjeneste(ConfigurableApplicationContext kontekst) {
        this.kontekst = kontekst;
    }

    public static KoerendeTjeneste start(String... argumenter) {
        List<String> alle = new ArrayList<>(List.of("--server.port=0"));
        alle.addAll(Arrays.asList(argumenter));
        return new KoerendeTjeneste(new SpringApplicationBuilder(SamtaleregisterApplication.class).run(alle.toArray(String[]::new)));
    }

    public Api api() {
        return new Api("http://localhost:" + kontekst.getEnvironment().getProperty("local.server.port"));
    }

    public ConfigurableApplicationContext kontekst() {
        return kontekst;
    }

    @Override
    public void close() {
        kontekst.close();
    }
}
