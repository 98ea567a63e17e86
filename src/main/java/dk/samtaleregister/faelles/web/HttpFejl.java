package dk.samtaleregister.faelles.web;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import org.springframework.http.HttpStatus;

/** A request refused at the HTTP level (a header missing or unreadable, a key reused), with its own status and code. */
public class HttpFejl extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String titel;
    private final transient Overtraedelse overtraedelse;

    public HttpFejl(HttpStatus status, String type, String titel, Fejlkode kode, Object... argumenter) {
        super(kode.name(), null, false, false);
        this.status = status;
        this.type = type;
        this.titel = titel;
        this.overtraedelse = Overtraedelse.af(kode, null, argumenter);
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }

    String titel() {
        return titel;
    }

    Overtraedelse overtraedelse() {
        return overtraedelse;
    }
}
