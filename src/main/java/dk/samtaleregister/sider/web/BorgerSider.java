package dk.samtaleregister.sider.web;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.web.Formularfejl;
import dk.samtaleregister.sider.application.BorgerbilledeService;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The front page with the look-up of a citizen, and the citizen page. The CPR number is sent by POST only and
 * answered by a redirect to the citizen's handle (post/redirect/get), so that it is never in an address.
 */
@Controller
class BorgerSider {

    private final BorgerbilledeService billeder;

    BorgerSider(BorgerbilledeService billeder) {
        this.billeder = billeder;
    }

    @GetMapping("/")
    String forside(Model model) {
        model.addAttribute("fejl", Formularfejl.ingen());
        return "forside";
    }

    @PostMapping("/borger")
    String slaaOp(@RequestParam(name = "cpr", required = false) String cpr, HttpSession session, Model model) {
        Overtraedelser fejl = new Overtraedelser();
        Cpr fundet = cpr == null || cpr.isBlank() ? null : Cpr.fortolk(cpr.strip(), "cpr", fejl);
        if (cpr == null || cpr.isBlank()) {
            fejl.tilfoej(Fejlkode.FELT_MANGLER, "cpr");
        }
        if (!fejl.ingen()) {
            model.addAttribute("fejl", Formularfejl.af(fejl.liste()));
            model.addAttribute("cprIndtastet", Optional.ofNullable(cpr).map(String::strip).orElse(""));
            return "forside";
        }
        return "redirect:/borger/" + Borgerhaandtag.gem(session, fundet);
    }

    @GetMapping("/borger/{haandtag}")
    String borger(Kald kald, @PathVariable String haandtag, HttpSession session, Model model) {
        model.addAttribute("haandtag", haandtag);
        model.addAttribute("b", billeder.billede(kald, Borgerhaandtag.kraev(session, haandtag)));
        model.addAttribute("fejl", Formularfejl.ingen());
        return "borger";
    }
}
