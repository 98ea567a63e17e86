package dk.samtaleregister.sider;

import dk.samtaleregister.adgang.application.Kaldere;
import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.test.Json;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import testudbyder.Testudbyder;

/**
 * The service with an identity provider and the pages' client at it: the {@link Testudbyder} is started (once for
 * the JVM) before the service's context, which gets its issuer, and the service is registered there as the client
 * once its port is known. Every test class with this initializer shares one service (one context in Spring's cache).
 *
 * <p>Also adds {@code GET /sider/test/kalder}, on the pages' chain and so with the session, which shows the whole
 * caller the session holds, roles too, which no page shows.
 */
class Udbydermiljoe implements ApplicationContextInitializer<GenericApplicationContext> {

    static final String KALDER = "/sider/test/kalder";

    private static Testudbyder udbyder;

    static synchronized Testudbyder udbyder() {
        if (udbyder == null) {
            udbyder = Testudbyder.start();
        }
        return udbyder;
    }

    @Override
    public void initialize(GenericApplicationContext kontekst) {
        Testudbyder udbyder = udbyder();
        TestPropertyValues.of(
                "samtaleregister.sikkerhed.issuer=" + udbyder.issuer(),
                "samtaleregister.sikkerhed.sider.client-id=" + Testudbyder.KLIENT_ID,
                "samtaleregister.sikkerhed.sider.client-secret=" + Testudbyder.KLIENT_HEMMELIGHED).applyTo(kontekst);
        kontekst.addApplicationListener(haendelse -> {
            if (haendelse instanceof WebServerInitializedEvent klar) {
                udbyder.registrer("http://localhost:" + klar.getWebServer().getPort());
            }
        });
        kontekst.registerBean("kalderVisning", RouterFunction.class, () -> RouterFunctions.route()
                .GET(KALDER, anmodning -> {
                    Kalder kalder = Kaldere.aktuel().orElseThrow();
                    return ServerResponse.ok().body(Json.objekt("type", kalder.myndighed().type().name(), "kode", kalder.myndighed().kode(),
                            "ident", kalder.ident(), "roller", kalder.roller().stream().map(Enum::name).sorted().toList()));
                })
                .build());
    }
}
