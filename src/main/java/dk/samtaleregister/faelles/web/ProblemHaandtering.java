package dk.samtaleregister.faelles.web;

import dk.samtaleregister.faelles.domain.AdgangNaegtet;
import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.ForaeldetVersion;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every failure becomes problem+json with a stable code and a Danish message; the code decides the status and the
 * problem type ({@link Fejlkode}). A client's mistake is a 4xx; only the service's own faults are 5xx, and those are
 * logged without the request body.
 */
@RestControllerAdvice
class ProblemHaandtering extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHaandtering.class);

    private final Afvisningstal afvisninger;

    ProblemHaandtering(Afvisningstal afvisninger) {
        this.afvisninger = afvisninger;
    }

    /**
     * Every refusal the use cases and filters throw. A refusal of access (403, or 404 where it is hidden) marks the
     * request, so that the audit log records a refusal rather than a thing not found; a stale version names the
     * current one in the ETag.
     */
    @ExceptionHandler(Afvist.class)
    ResponseEntity<Object> afvist(Afvist afvist, HttpServletRequest anmodning) {
        afvisninger.tael(afvist);
        if (afvist instanceof AdgangNaegtet) {
            anmodning.setAttribute(AdgangNaegtet.class.getName(), Boolean.TRUE);
        }
        ResponseEntity<Object> svar = Problemer.svar(afvist.overtraedelser());
        if (afvist instanceof ForaeldetVersion foraeldet) {
            return ResponseEntity.status(svar.getStatusCode()).headers(svar.getHeaders())
                    .eTag(Versionsbetingelse.etag(foraeldet.aktuel())).body(svar.getBody());
        }
        return svar;
    }

    /** The database is away or went away mid-request (a failed commit or rollback included): try again later. */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class, TransactionSystemException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class})
    ResponseEntity<Object> databaseUtilgaengelig(Exception fejl, HttpServletResponse svar) throws Exception {
        kunFoerSvaret(fejl, svar);
        LOG.warn("Database unavailable: {}", fejl.getClass().getSimpleName());
        return Problemer.svar(Fejlkode.DATABASE_UTILGAENGELIG);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> parameterType(MethodArgumentTypeMismatchException fejl) {
        return Problemer.svar(Overtraedelse.af(Fejlkode.UGYLDIG_PARAMETER, fejl.getName()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> uventet(Exception fejl, HttpServletResponse svar) throws Exception {
        kunFoerSvaret(fejl, svar);
        // The exception's message may quote data (a driver's "Key (cpr)=(...)"), so the log pattern masks CPR numbers.
        LOG.error("Unexpected error", fejl);
        return Problemer.svar(Fejlkode.INTERN_FEJL);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException fejl, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return Problemer.svar(ulaeseligt(fejl.getMostSpecificCause()));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException fejl, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return Problemer.svar(Fejlkode.RESSOURCE_FINDES_IKKE);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException fejl, HttpHeaders headers,
                                                                         HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> svar = Problemer.svar(Fejlkode.METODE_IKKE_TILLADT, fejl.getMethod());
        Set<HttpMethod> tilladte = fejl.getSupportedHttpMethods() == null ? Set.of() : fejl.getSupportedHttpMethods();
        return ResponseEntity.status(svar.getStatusCode()).headers(svar.getHeaders())
                .allow(tilladte.toArray(HttpMethod[]::new)).body(svar.getBody());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException fejl, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        return Problemer.svar(Fejlkode.MEDIETYPE_IKKE_UNDERSTOETTET);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException fejl, HttpHeaders headers,
                                                                      HttpStatusCode status, WebRequest request) {
        return Problemer.svar(Fejlkode.SVARFORMAT_IKKE_UNDERSTOETTET);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException fejl, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        return Problemer.svar(Overtraedelse.af(Fejlkode.FELT_MANGLER, fejl.getParameterName()));
    }

    /**
     * An answer that has begun (a streamed export) can no longer become a problem answer. The failure goes on to the
     * server, which breaks the connection off: the client sees an unfinished transfer, never a file that looks whole.
     */
    private static void kunFoerSvaret(Exception fejl, HttpServletResponse svar) throws Exception {
        if (svar.isCommitted()) {
            throw fejl;
        }
    }

    /**
     * Any other framework exception: a fault of ours if Spring thinks it a 5xx, otherwise a request it cannot take. On
     * an answer that has begun it writes nothing, as Spring's own handler does.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception fejl, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest anmodning && anmodning.getResponse() != null && anmodning.getResponse().isCommitted()) {
            return null;
        }
        if (status.is5xxServerError()) {
            LOG.error("Request failed", fejl);
            return Problemer.svar(Fejlkode.INTERN_FEJL);
        }
        return Problemer.svar(Fejlkode.UGYLDIG_PARAMETER);
    }

    /** Names the field and what was expected, never the value sent: it could be a CPR number. */
    private static Overtraedelse ulaeseligt(Throwable aarsag) {
        if (aarsag instanceof UnrecognizedPropertyException ukendt) {
            return Overtraedelse.af(Fejlkode.UKENDT_FELT, sti(ukendt));
        }
        if (aarsag instanceof MismatchedInputException forkert && !forkert.getPath().isEmpty()) {
            return Overtraedelse.af(Fejlkode.UGYLDIG_VAERDITYPE, sti(forkert), forventet(forkert.getTargetType()));
        }
        return Overtraedelse.af(Fejlkode.UGYLDIG_JSON, null);
    }

    private static String sti(JacksonException fejl) {
        return fejl.getPath().stream()
                .map(led -> led.getPropertyName() != null ? led.getPropertyName() : "[" + led.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static final Map<Class<?>, String> TYPER = Map.of(
            Integer.class, "et heltal", int.class, "et heltal", Long.class, "et heltal", long.class, "et heltal",
            Boolean.class, "true eller false", boolean.class, "true eller false", String.class, "en tekst");

    private static String forventet(Class<?> type) {
        if (type == null) {
            return "en anden type";
        }
        if (TYPER.containsKey(type)) {
            return TYPER.get(type);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "en liste";
        }
        return "et objekt";
    }
}
