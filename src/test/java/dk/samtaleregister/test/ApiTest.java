package dk.samtaleregister.test;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that go through HTTP: the whole service on a random port, on a real embedded PostgreSQL
 * migrated by the real Flyway scripts. One such service (and database) serves every test class that extends this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samtaleregister.embedded-postgres.data-dir=target/test-postgres/${random.uuid}",
        "samtaleregister.embedded-postgres.clean=true"})
public abstract class ApiTest {

    @LocalServerPort
    private int port;

    protected Api api;

    @BeforeEach
    void forbindApi() {
        api = new Api(baseUrl());
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
