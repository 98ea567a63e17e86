package dk.samtaleregister.faelles.web;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds the one error format of the service: RFC 9457 problem+json with every violation under "fejl". */
public final class Problemer {

    private Problemer() {
    }

    public static ResponseEntity<Object> svar(HttpStatus status, String type, String titel, String detalje, List<Overtraedelse> fejl) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detalje);
        problem.setType(URI.create("urn:samtaleregister:problem:" + type));
        problem.setTitle(titel);
        problem.setProperty("fejl", fejl.stream().map(Fejl::af).toList());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    public static ResponseEntity<Object> svar(HttpStatus status, String type, String titel, Overtraedelse fejl) {
        return svar(status, type, titel, fejl.besked(), List.of(fejl));
    }

    public static ResponseEntity<Object> svar(HttpStatus status, String type, String titel, Fejlkode kode, Object... argumenter) {
        return svar(status, type, titel, Overtraedelse.af(kode, null, argumenter));
    }

    /** One entry of "fejl" as it is sent: the code as its name. */
    public record Fejl(String kode, String felt, String besked) {
        static Fejl af(Overtraedelse o) {
            return new Fejl(o.kode().name(), o.felt(), o.besked());
        }
    }
}
