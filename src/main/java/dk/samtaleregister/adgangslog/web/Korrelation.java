package dk.samtaleregister.adgangslog.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id, first of all filters: the caller's own {@code X-Correlation-Id} when it is a
 * UUID (anything else could smuggle personal data into logs and the audit log), otherwise a new one. The answer
 * carries it, every log line of the request shows it, and the audit record keeps it.
 */
public class Korrelation extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    static final String ATTRIBUT = Korrelation.class.getName();
    static final String MDC_NOEGLE = "korrelationsId";

    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static String id(HttpServletRequest anmodning) {
        Object id = anmodning.getAttribute(ATTRIBUT);
        return id == null ? UUID.randomUUID().toString() : id.toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest anmodning, HttpServletResponse svar, FilterChain kaede)
            throws ServletException, IOException {
        String givet = anmodning.getHeader(HEADER);
        String id = givet != null && UUID_FORM.matcher(givet).matches() ? givet.toLowerCase() : UUID.randomUUID().toString();
        anmodning.setAttribute(ATTRIBUT, id);
        svar.setHeader(HEADER, id);
        MDC.put(MDC_NOEGLE, id);
        try {
            kaede.doFilter(anmodning, svar);
        } finally {
            MDC.remove(MDC_NOEGLE);
        }
    }
}
