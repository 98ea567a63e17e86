package dk.samtaleregister.adgang.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page when an identity provider is configured. A bare {@code GET /log-ind} normally never gets here: it
 * is sent on to the provider ({@link Udbyderlogin}). What gets here is the page after signing out or a failed
 * sign-in, each with a way to sign in again; and, with 503, a provider that cannot be reached (with Retry-After, as
 * the API's 503 for it) or a service with no client configured for its pages, whose API still works.
 */
@Controller
@Conditional(Demotilstand.Udsteder.class)
class UdbyderLogIndSide {

    private static final Logger LOG = LoggerFactory.getLogger(UdbyderLogIndSide.class);

    private final boolean satOp;

    UdbyderLogIndSide(Sikkerhedsindstillinger indstillinger) {
        satOp = StringUtils.hasText(indstillinger.sider().clientId());
        if (!satOp) {
            LOG.warn("samtaleregister.sikkerhed.issuer is set but {} is not: no one can sign in to the pages (GET {} answers 503). "
                    + "The API is not affected.", Demotilstand.CLIENT_ID, Sidesikkerhed.LOG_IND);
        }
    }

    @GetMapping(Sidesikkerhed.LOG_IND)
    String side(@RequestParam(name = "fejl", required = false) String fejl, HttpServletRequest anmodning, HttpServletResponse svar,
                Model model) {
        String tilstand;
        if (!satOp) {
            tilstand = "ikke-sat-op";
            svar.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } else if (anmodning.getAttribute(Udbyderlogin.UTILGAENGELIG) != null) {
            tilstand = "utilgaengelig";
            svar.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            svar.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Udbyderregistrering.PAUSE.toSeconds()));
        } else if ("identitet".equals(fejl)) {
            tilstand = "identitet";
            svar.setStatus(HttpServletResponse.SC_FORBIDDEN);
        } else if (fejl != null) {
            tilstand = "mislykket";
        } else {
            tilstand = anmodning.getParameter("logget-ud") != null ? "logget-ud" : "log-ind";
        }
        model.addAttribute("tilstand", tilstand);
        return "log-ind-udbyder";
    }
}
