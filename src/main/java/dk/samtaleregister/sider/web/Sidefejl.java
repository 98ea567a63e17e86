package dk.samtaleregister.sider.web;

import dk.samtaleregister.adgang.application.Kaldere;
import dk.samtaleregister.faelles.domain.AdgangNaegtet;
import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.web.Afvisningstal;
import dk.samtaleregister.faelles.web.Formularfejl;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal on a page is a page, with the API's status and Danish messages; never JSON, never a stack trace. A
 * refusal of access marks the request, as the API's does, so that the audit record says it was refused.
 */
@ControllerAdvice(basePackageClasses = Sidefejl.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Sidefejl {

    private final Visning visning;
    private final Afvisningstal afvisninger;

    Sidefejl(Visning visning, Afvisningstal afvisninger) {
        this.visning = visning;
        this.afvisninger = afvisninger;
    }

    @ExceptionHandler(Borgerhaandtag.Ukendt.class)
    String ukendtBorger() {
        return "redirect:/?ukendt";
    }

    @ExceptionHandler(Afvist.class)
    String afvist(Afvist afvist, HttpServletRequest anmodning, HttpServletResponse svar, Model model) {
        afvisninger.tael(afvist);
        if (afvist instanceof AdgangNaegtet) {
            anmodning.setAttribute(AdgangNaegtet.class.getName(), Boolean.TRUE);
        }
        svar.setStatus(afvist.type().status());
        model.addAttribute("fejl", Formularfejl.af(afvist.overtraedelser()));
        model.addAttribute("status", afvist.type().status());
        // An exception handler's model gets no @ModelAttribute of the advice: the header needs the caller to offer "Log ud".
        model.addAttribute("vis", visning);
        model.addAttribute("kalder", Kaldere.aktuel().orElse(null));
        return "fejl";
    }
}
