package dk.samtaleregister.sider.web;

import dk.samtaleregister.faelles.domain.Cpr;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The citizens looked up in this session, each behind an opaque handle that the page's address carries instead of
 * the CPR number: the number stays in the session, out of addresses, the browser's history and the logs. The handle
 * means nothing outside the session that made it, and the session keeps only the latest few.
 */
final class Borgerhaandtag {

    static final String ATTRIBUT = Borgerhaandtag.class.getName();
    static final int HOEJST = 20;

    private static final SecureRandom TILFAELDIG = new SecureRandom();

    private Borgerhaandtag() {
    }

    static String gem(HttpSession session, Cpr cpr) {
        synchronized (session) {
            Map<String, String> haandtag = haandtag(session);
            haandtag.entrySet().removeIf(e -> e.getValue().equals(cpr.cifre()));
            byte[] bytes = new byte[16];
            TILFAELDIG.nextBytes(bytes);
            String nyt = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            haandtag.put(nyt, cpr.cifre());
            session.setAttribute(ATTRIBUT, haandtag);
            return nyt;
        }
    }

    /** A handle this session does not hold (another session's, or one it has let go): the page sends to the look-up. */
    static final class Ukendt extends RuntimeException {

        Ukendt() {
            super("unknown citizen handle", null, false, false);
        }
    }

    /** The citizen behind the handle, or {@link Ukendt}. */
    static Cpr kraev(HttpSession session, String handle) {
        return find(session, handle).orElseThrow(Ukendt::new);
    }

    static Optional<Cpr> find(HttpSession session, String handle) {
        synchronized (session) {
            return Optional.ofNullable(haandtag(session).get(handle)).map(Cpr::afLagret);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> haandtag(HttpSession session) {
        Object gemt = session.getAttribute(ATTRIBUT);
        if (gemt instanceof Map<?, ?> map) {
            return (Map<String, String>) map;
        }
        return new LinkedHashMap<>(HOEJST + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> aeldste) {
                return size() > HOEJST;
            }
        };
    }
}
