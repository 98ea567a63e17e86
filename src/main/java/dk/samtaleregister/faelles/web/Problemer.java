package dk.samtaleregister.faelles.web;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Problemtype;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds the one error format of the service: RFC 9457 problem+json with every violation under "fejl". Status, type
 * and title come from the violations' codes; a problem that passes answers Retry-After.
 */
public final class Problemer {

    /** Seconds a client should wait before it tries again a request refused for a passing reason (RFC 9110 section 10.2.3). */
    static final String PROEV_IGEN_OM = "5";

    private Problemer() {
    }

    public static ResponseEntity<Object> svar(List<Overtraedelse> fejl) {
        Problemtype type = fejl.get(0).kode().type();
        HttpStatus status = HttpStatus.valueOf(type.status());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detalje(type, fejl));
        problem.setType(URI.create(type.uri()));
        problem.setTitle(type.titel());
        problem.setProperty("fejl", fejl.stream().map(Fejl::af).toList());
        ResponseEntity.BodyBuilder svar = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (type.forbigaaende()) {
            svar.header(HttpHeaders.RETRY_AFTER, PROEV_IGEN_OM);
        }
        return svar.body(problem);
    }

    public static ResponseEntity<Object> svar(Overtraedelse fejl) {
        return svar(List.of(fejl));
    }

    public static ResponseEntity<Object> svar(Fejlkode kode, Object... argumenter) {
        return svar(Overtraedelse.af(kode, null, argumenter));
    }

    /** A broken rule is counted, so that a client sees at once that more than one was found; any other problem says what it is. */
    private static String detalje(Problemtype type, List<Overtraedelse> fejl) {
        if (type == Problemtype.REGELBRUD) {
            return (fejl.size() == 1 ? "1 regel er brudt" : fejl.size() + " regler er brudt") + ". Intet er ændret.";
        }
        return fejl.get(0).besked();
    }

    /** One entry of "fejl" as it is sent: the code as its name. */
    public record Fejl(String kode, String felt, String besked) {
        public static Fejl af(Overtraedelse o) {
            return new Fejl(o.kode().name(), o.felt(), o.besked());
        }
    }
}
