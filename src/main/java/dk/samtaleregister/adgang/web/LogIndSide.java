package dk.samtaleregister.adgang.web;

import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.adgang.domain.Rolle;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.web.Formularfejl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Demo mode's sign-in page: anyone may pick an authority, a caseworker's ident and roles, checked as the demo token
 * endpoint checks them, and is then signed in for this browser session. The page says plainly that this is demo
 * mode. Absent when an identity provider is configured.
 */
@Controller
@Conditional(Demotilstand.class)
class LogIndSide {

    private final SecurityContextRepository sessioner = new HttpSessionSecurityContextRepository();

    @GetMapping(Sidesikkerhed.LOG_IND)
    String side(Model model) {
        return formular(model, "JOBCENTER", "", "", List.of(), List.of());
    }

    @PostMapping(Sidesikkerhed.LOG_IND)
    String logInd(@RequestParam(required = false) String myndighedstype, @RequestParam(required = false) String myndighedskode,
                  @RequestParam(required = false) String sagsbehandler, @RequestParam(required = false) List<String> roller,
                  HttpServletRequest anmodning, HttpServletResponse svar, Model model) {
        Overtraedelser fejl = new Overtraedelser();
        List<String> valgte = roller == null ? List.of() : roller;
        Kalder kalder = Demokalder.fortolk(myndighedstype, myndighedskode, sagsbehandler, valgte, fejl);
        if (kalder == null) {
            return formular(model, myndighedstype, myndighedskode, sagsbehandler, valgte, fejl.liste());
        }
        // A new session for the signed-in caller: nothing of the anonymous one (its id, its CSRF token) carries over.
        HttpSession gammel = anmodning.getSession(false);
        if (gammel != null) {
            gammel.invalidate();
        }
        anmodning.getSession(true);
        SecurityContext kontekst = SecurityContextHolder.createEmptyContext();
        kontekst.setAuthentication(new KalderAutentifikation(kalder));
        SecurityContextHolder.setContext(kontekst);
        sessioner.saveContext(kontekst, anmodning, svar);
        return "redirect:/";
    }

    private static String formular(Model model, String type, String kode, String ident, List<String> roller, List<Overtraedelse> fejl) {
        model.addAttribute("fejl", Formularfejl.af(fejl));
        model.addAttribute("myndighedstyper", Arrays.stream(Myndighedstype.values()).map(Enum::name).toList());
        model.addAttribute("alleRoller", Arrays.stream(Rolle.values()).map(Enum::name).toList());
        model.addAttribute("myndighedstype", type);
        model.addAttribute("myndighedskode", kode);
        model.addAttribute("sagsbehandler", ident);
        model.addAttribute("roller", roller);
        return "log-ind";
    }
}
