package dk.samtaleregister.haendelse.kafka;

import dk.samtaleregister.test.ApiTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the publisher's tests over HTTP: the service as {@link ApiTest} has it, an embedded KRaft broker of the
 * test class's own, and the database that the publishing instances started by {@link Kafkatest#udgiver} share.
 */
abstract class BrokerApiTest extends ApiTest {

    protected static Testbroker broker;

    @Autowired
    protected DataSource database;

    @Autowired
    protected JdbcClient jdbc;

    @BeforeAll
    static void startBroker() {
        broker = Testbroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }
}
