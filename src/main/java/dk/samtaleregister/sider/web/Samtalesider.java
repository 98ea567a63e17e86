package dk.samtaleregister.sider.web;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.faelles.web.Formularfejl;
import dk.samtaleregister.samtale.application.SamtaleService;
import dk.samtaleregister.samtale.domain.Samtale;
import dk.samtaleregister.samtale.domain.Samtaleaendring;
import dk.samtaleregister.sider.application.BorgerbilledeService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One conversation on the citizen page: its history (an htmx fragment when the details open, a page of its own
 * without script) and its annulment, by the same use cases and rules as the API's. A conversation is shown under
 * a citizen's handle only when it is that citizen's.
 */
@Controller
class Samtalesider {

    private final SamtaleService samtaler;
    private final BorgerbilledeService billeder;

    Samtalesider(SamtaleService samtaler, BorgerbilledeService billeder) {
        this.samtaler = samtaler;
        this.billeder = billeder;
    }

    @GetMapping("/borger/{haandtag}/samtaler/{samtalenummer}/historik")
    String historik(Kald kald, @PathVariable String haandtag, @PathVariable long samtalenummer, HttpSession session,
                    @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Samtale samtale = samtaler.hent(kald, Borgerhaandtag.kraev(session, haandtag), samtalenummer);
        model.addAttribute("haandtag", haandtag);
        model.addAttribute("samtale", samtale);
        model.addAttribute("historik", samtaler.historik(kald, samtalenummer));
        return htmx != null ? "fragmenter/samtale :: historik" : "samtalehistorik";
    }

    @PostMapping("/borger/{haandtag}/samtaler/{samtalenummer}/annullering")
    String annuller(Kald kald, @PathVariable String haandtag, @PathVariable long samtalenummer, @RequestParam(required = false) Integer version,
                    @RequestParam(required = false) String begrundelse, HttpSession session, HttpServletResponse svar, Model model,
                    RedirectAttributes videre) {
        Cpr cpr = Borgerhaandtag.kraev(session, haandtag);
        samtaler.hent(kald, cpr, samtalenummer);
        Overtraedelser fejl = new Overtraedelser();
        String grund = Samtaleaendring.begrundelse(begrundelse, true, fejl);
        if (version == null) {
            fejl.tilfoej(Fejlkode.FELT_MANGLER, "version");
        }
        try {
            fejl.kastHvisNogen();
            AnsvarligSagsbehandler af = kald.kalder().somSagsbehandler();
            samtaler.annuller(kald, samtalenummer, version, new Samtaleaendring(grund, af));
        } catch (Afvist afvist) {
            svar.setStatus(afvist.type().status());
            model.addAttribute("haandtag", haandtag);
            model.addAttribute("b", billeder.billede(kald, cpr));
            model.addAttribute("fejl", Formularfejl.af(afvist.overtraedelser().stream()
                    .map(o -> o.felt() == null ? o : new Overtraedelse(o.kode(), "annullering-" + samtalenummer + "-" + o.felt(), o.besked()))
                    .toList()));
            model.addAttribute("aaben", samtalenummer);
            model.addAttribute("begrundelse", begrundelse);
            return "borger";
        }
        videre.addFlashAttribute("besked", "Samtale nr. " + samtalenummer + " er annulleret.");
        return "redirect:/borger/" + haandtag;
    }
}
