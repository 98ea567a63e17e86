package dk.samtaleregister.sider.web;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.faelles.domain.AdgangNaegtet;
import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.web.Formularfejl;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.samtale.application.SamtaleService;
import dk.samtaleregister.samtale.domain.GodkendtRegistrering;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.samtale.domain.Samtalemuligheder;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering a held conversation, and correcting one, on the citizen page. The form offers only what the API's
 * own judgement allows the caller for the citizen on the chosen day ({@code POST /api/v1/samtaler/muligheder}): the
 * legal samtaletyper, each type's participation statuses, and which kontaktformer would be nulstillende; when the
 * day changes, htmx asks again. "Kontrollér" judges the whole registration without storing it
 * ({@code /api/v1/samtaler/proeve}); "Registrér" stores it. A refusal comes back as the API's list of violations,
 * in an error summary and at each field, with what was typed kept.
 */
@Controller
class Registreringsside {

    private final SamtaleService samtaler;
    private final Clock ur;

    Registreringsside(SamtaleService samtaler, Clock ur) {
        this.samtaler = samtaler;
        this.ur = ur;
    }

    @GetMapping("/borger/{haandtag}/registrering")
    String ny(Kald kald, @PathVariable String haandtag, HttpSession session, Model model) {
        Cpr cpr = Borgerhaandtag.kraev(session, haandtag);
        return formular(kald, haandtag, cpr, Registreringsformular.ny(ur.instant()), null, Formularfejl.ingen(), null, model);
    }

    /** The choices for the day (and the type) typed so far: the fragment htmx swaps in. */
    @GetMapping("/borger/{haandtag}/registrering/valg")
    String valg(Kald kald, @PathVariable String haandtag, @ModelAttribute Registreringsformular formular, HttpSession session, Model model) {
        Cpr cpr = Borgerhaandtag.kraev(session, haandtag);
        formular(kald, haandtag, cpr, formular, null, Formularfejl.ingen(), null, model);
        return "registrering :: valg";
    }

    @PostMapping("/borger/{haandtag}/registrering")
    String registrer(Kald kald, @PathVariable String haandtag, @ModelAttribute Registreringsformular formular,
                     @RequestParam(defaultValue = "registrer") String handling, HttpSession session, HttpServletResponse svar, Model model,
                     RedirectAttributes videre) {
        Cpr cpr = Borgerhaandtag.kraev(session, haandtag);
        if ("opdater".equals(handling)) {
            return formular(kald, haandtag, cpr, formular, null, Formularfejl.ingen(), null, model);
        }
        try {
            if ("proev".equals(handling)) {
                GodkendtRegistrering godkendt = samtaler.proev(kald, formular.anmodning(cpr, kald.kalder()));
                return formular(kald, haandtag, cpr, formular, null, Formularfejl.ingen(), proevetekst(godkendt), model);
            }
            Samtale samtale = samtaler.registrer(kald, formular.anmodning(cpr, kald.kalder()), formular.valgtBegrundelse());
            videre.addFlashAttribute("besked", "Samtale nr. " + samtale.samtalenummer() + " er registreret.");
            return "redirect:/borger/" + haandtag;
        } catch (AdgangNaegtet naegtet) {
            throw naegtet;
        } catch (Afvist afvist) {
            svar.setStatus(afvist.type().status());
            return formular(kald, haandtag, cpr, formular, null, fejl(afvist), null, model);
        }
    }

    @GetMapping("/borger/{haandtag}/samtaler/{samtalenummer}/ret")
    String ret(Kald kald, @PathVariable String haandtag, @PathVariable long samtalenummer, HttpSession session, Model model) {
        Cpr cpr = Borgerhaandtag.kraev(session, haandtag);
        Samtale samtale = samtaler.hent(kald, cpr, samtalenummer);
        return formular(kald, haandtag, cpr, Registreringsformular.af(samtale), samtale, Formularfejl.ingen(), null, model);
    }

    @PostMapping("/borger/{haandtag}/samtaler/{samtalenummer}/ret")
    String retGem(Kald kald, @PathVariable String haandtag, @PathVariable long samtalenummer, @RequestParam int version,
                  @ModelAttribute Registreringsformular formular, @RequestParam(defaultValue = "ret") String handling, HttpSession session,
                  HttpServletResponse svar, Model model, RedirectAttributes videre) {
        Cpr cpr = Borgerhaandtag.kraev(session, haandtag);
        Samtale samtale = samtaler.hent(kald, cpr, samtalenummer);
        if ("opdater".equals(handling)) {
            return formular(kald, haandtag, cpr, formular, samtale, Formularfejl.ingen(), null, model);
        }
        try {
            samtaler.ret(kald, samtalenummer, version, formular.anmodning(cpr, kald.kalder()), formular.valgtBegrundelse());
            videre.addFlashAttribute("besked", "Samtale nr. " + samtalenummer + " er rettet.");
            return "redirect:/borger/" + haandtag;
        } catch (AdgangNaegtet naegtet) {
            throw naegtet;
        } catch (Afvist afvist) {
            svar.setStatus(afvist.type().status());
            return formular(kald, haandtag, cpr, formular, samtale, fejl(afvist), null, model);
        }
    }

    private String formular(Kald kald, String haandtag, Cpr cpr, Registreringsformular formular, Samtale rettes, Formularfejl fejl,
                            String proevet, Model model) {
        model.addAttribute("haandtag", haandtag);
        model.addAttribute("cprMaskeret", cpr.maskeret());
        model.addAttribute("f", formular);
        model.addAttribute("rettes", rettes);
        model.addAttribute("fejl", fejl);
        model.addAttribute("proevet", proevet);
        model.addAttribute("kontaktformer", Arrays.asList(Kontaktform.values()));
        try {
            Samtalemuligheder muligheder = samtaler.muligheder(kald, cpr.cifre(), formular.afholdt());
            model.addAttribute("muligheder", muligheder);
            model.addAttribute("valgt", muligheder.samtaletyper().stream()
                    .filter(m -> String.valueOf(m.samtaletype().id()).equals(formular.samtaletype())).findFirst().orElse(null));
            model.addAttribute("valgfejl", List.of());
        } catch (Afvist afvist) {
            if (afvist instanceof AdgangNaegtet) {
                // Not the caller's citizen on that day: said in the choices, and recorded as a refusal, as the API's 403 is.
                RequestContextHolder.currentRequestAttributes().setAttribute(AdgangNaegtet.class.getName(), Boolean.TRUE,
                        RequestAttributes.SCOPE_REQUEST);
            }
            model.addAttribute("muligheder", null);
            model.addAttribute("valgt", null);
            model.addAttribute("valgfejl", afvist.overtraedelser().stream().map(Overtraedelse::besked).toList());
        }
        return "registrering";
    }

    private static Formularfejl fejl(Afvist afvist) {
        return Formularfejl.af(afvist.overtraedelser());
    }

    private static String proevetekst(GodkendtRegistrering godkendt) {
        return "Registreringen overholder reglerne" + (godkendt.nulstillende() ? " og er nulstillende." : " og er ikke nulstillende.")
                + " Den er ikke gemt.";
    }
}
