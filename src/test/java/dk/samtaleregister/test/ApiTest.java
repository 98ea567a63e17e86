package dk.samtaleregister.test;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that go through HTTP: the whole service on a random port, on a real embedded PostgreSQL
 * migrated by the real Flyway scripts, in demo mode with its own signing key. One such service (and database)
 * serves every test class that extends this.
 *
 * <p>{@link #api} names no caller: a test says who calls, {@code api.som(jobcenter("101"))}. Two callers every such
 * test needs are ready: {@link #feed}, the SYSTEM feed that writes a citizen's periods ({@link Testkalder#feed}), and
 * {@link #star}, STAR, which reads every citizen ({@link Testkalder#star}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samtaleregister.embedded-postgres.data-dir=target/test-postgres/${random.uuid}",
        "samtaleregister.embedded-postgres.clean=true",
        "samtaleregister.sikkerhed.demo.noeglefil=target/test-demo/${random.uuid}.json"})
public abstract class ApiTest {

    @LocalServerPort
    private int port;

    protected Api api;

    protected Api feed;

    protected Api star;

    @BeforeEach
    void forbindApi() {
        api = new Api(baseUrl());
        feed = api.som(Testkalder.feed());
        star = api.som(Testkalder.star());
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
