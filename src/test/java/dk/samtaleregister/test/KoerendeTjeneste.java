package dk.samtaleregister.test;

import dk.samtaleregister.SamtaleregisterApplication;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The service started as from the command line, for tests about start-up, restart and configuration. */
public final class KoerendeTjeneste implements AutoCloseable {

    private final ConfigurableApplicationContext kontekst;

    private KoerendeTjeneste(ConfigurableApplicationContext kontekst) {
        this.kontekst = kontekst;
    }

    private static final String DEMONOEGLE = "samtaleregister.sikkerhed.demo.noeglefil";

    public static KoerendeTjeneste start(String... argumenter) {
        List<String> alle = new ArrayList<>(List.of("--server.port=0"));
        alle.addAll(Arrays.asList(argumenter));
        if (alle.stream().noneMatch(a -> a.startsWith("--" + DEMONOEGLE + "="))) {
            // Not ./data in the project: a test's demo key is as throw-away as its database.
            alle.add("--" + DEMONOEGLE + "=target/test-demo/" + UUID.randomUUID() + ".json");
        }
        return new KoerendeTjeneste(new SpringApplicationBuilder(SamtaleregisterApplication.class).run(alle.toArray(String[]::new)));
    }

    /** The service's Api, naming no caller (it sends no token): a test says who calls, {@code api().som(Testkalder.feed())}. */
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
