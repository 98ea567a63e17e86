package dk.samtaleregister.adgangslog.web;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.adgang.application.Kaldere;
import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.adgangslog.application.Adgangslog;
import dk.samtaleregister.faelles.domain.AdgangNaegtet;
import dk.samtaleregister.faelles.web.CprMaskeringKonverter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * Writes the audit record of every authenticated request under /api/v1 (reference data and the demo token aside)
 * and of every page that shows a citizen's data ({@link #SIDER}), after the request has run, with its outcome and
 * status. Runs right after authentication: a request without a
 * valid token was answered 401 before it got here, and touched nothing.
 *
 * <p>The answer is held back until its record is written, so that no citizen's data leaves unlogged: when the log
 * cannot be written, the caller gets 503 instead of the data. A write has then already been committed by its own
 * transaction; the write's versions still name the caseworker, and a retry with the same Idempotency-Key is answered
 * from the stored answer and logged.
 */
class AdgangslogFilter extends OncePerRequestFilter {

    /** Where the use cases find the call: a request attribute, read by {@link KaldOpslag}. */
    static final String KALD = Kald.class.getName();
    static final String NAEGTET = AdgangNaegtet.class.getName();

    /** These stream their answers and write their own records before the first byte: holding an answer back would hold it all. */
    static final String LOGSOEGNING = "/api/v1/audit/soeg";
    static final String EKSPORT = "/api/v1/eksport/";

    /** The pages that read or write citizens' data: the citizen page and its forms, the dashboards. */
    static final String[] SIDER = {"/borger", "/dashboard/"};

    private static final Logger LOG = LoggerFactory.getLogger(AdgangslogFilter.class);
    private static final int MAKS_HANDLING = 300;

    private final Adgangslog adgangslog;
    private final HandlerExceptionResolver fejlsvar;

    AdgangslogFilter(Adgangslog adgangslog, HandlerExceptionResolver fejlsvar) {
        this.adgangslog = adgangslog;
        this.fejlsvar = fejlsvar;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest anmodning) {
        String sti = UrlPathHelper.defaultInstance.getPathWithinApplication(anmodning);
        for (String side : SIDER) {
            if (sti.startsWith(side)) {
                return false;
            }
        }
        return !sti.startsWith("/api/v1/") || sti.startsWith("/api/v1/referencedata/") || sti.startsWith("/api/v1/demo/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest anmodning, HttpServletResponse svar, FilterChain kaede)
            throws ServletException, IOException {
        Optional<Kalder> kalder = Kaldere.aktuel();
        if (kalder.isEmpty()) {
            kaede.doFilter(anmodning, svar);
            return;
        }
        Kald kald = new Kald(kalder.get(), Korrelation.id(anmodning));
        anmodning.setAttribute(KALD, kald);
        String sti = UrlPathHelper.defaultInstance.getPathWithinApplication(anmodning);
        if (sti.equals(LOGSOEGNING) || sti.startsWith(EKSPORT)) {
            kaede.doFilter(anmodning, svar);
            logEllerTilbagehold(kald, anmodning, svar);
            return;
        }
        ContentCachingResponseWrapper holdt = new ContentCachingResponseWrapper(svar);
        try {
            kaede.doFilter(anmodning, holdt);
        } catch (IOException | ServletException | RuntimeException fejl) {
            log(kald, anmodning, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            throw fejl;
        }
        logEllerTilbagehold(kald, anmodning, holdt);
        holdt.copyBodyToResponse();
    }

    /**
     * The record of the answer; if it cannot be written, the answer becomes 503 if it is still held. A streamed answer
     * is not held, but one that got here unlogged is a refusal or a failure, never data: its use case writes the record
     * before the first byte, or sends none.
     */
    private void logEllerTilbagehold(Kald kald, HttpServletRequest anmodning, HttpServletResponse svar) {
        try {
            log(kald, anmodning, svar.getStatus());
        } catch (RuntimeException fejl) {
            LOG.error("The audit record could not be written; the answer is withheld", fejl);
            if (svar.isCommitted()) {
                return;
            }
            svar.reset();
            svar.setHeader(Korrelation.HEADER, kald.korrelationsId());
            fejlsvar.resolveException(anmodning, svar, null, new DataAccessResourceFailureException("audit log unavailable", fejl));
        }
    }

    private void log(Kald kald, HttpServletRequest anmodning, int status) {
        if (!kald.logget()) {
            adgangslog.noter(kald, handling(anmodning), status, anmodning.getAttribute(NAEGTET) != null);
        }
    }

    /** Method and path; CPR numbers never belong in a path, and should one be sent anyway, it is masked. */
    static String handling(HttpServletRequest anmodning) {
        String handling = anmodning.getMethod() + " " + CprMaskeringKonverter.maskeret(UrlPathHelper.defaultInstance.getPathWithinApplication(anmodning));
        return handling.length() <= MAKS_HANDLING ? handling : handling.substring(0, MAKS_HANDLING);
    }
}
