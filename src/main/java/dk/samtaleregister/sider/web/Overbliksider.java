package dk.samtaleregister.sider.web;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.AdgangNaegtet;
import dk.samtaleregister.kontaktforloeb.domain.Rettidighedsrapport;
import dk.samtaleregister.sider.application.Overblik;
import dk.samtaleregister.sider.application.OverblikService;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboards of a jobcenter and of the country. A citizen in a jobcenter's lists is opened by a POST of the
 * row's number in the list this session was shown, never by a CPR number in the page or an address.
 */
@Controller
class Overbliksider {

    static final String LISTE = Overbliksider.class.getName() + ".liste";

    private static final Pattern JOBCENTER = Pattern.compile("\\d{3}");

    private final OverblikService overblik;

    Overbliksider(OverblikService overblik) {
        this.overblik = overblik;
    }

    /** A jobcenter's own; STAR names the jobcenter it looks at. */
    @GetMapping("/dashboard/jobcenter")
    String jobcenter(Kald kald, @RequestParam(required = false) String jobcenter, HttpSession session, Model model) {
        Overblik o = overblik.jobcenter(kald, hvilket(kald, jobcenter));
        List<String> liste = new ArrayList<>();
        Stream.concat(o.kommende().stream(), o.overskredne().stream()).forEach(f -> liste.add(f.cpr().cifre()));
        session.setAttribute(LISTE, liste);
        model.addAttribute("o", o);
        model.addAttribute("csv", "/dashboard/jobcenter/rettidighed.csv?jobcenter=" + o.jobcenter());
        return "dashboard-jobcenter";
    }

    @GetMapping("/dashboard/star")
    String star(Kald kald, @RequestParam(required = false) Integer sorter, @RequestParam(required = false) String retning, Model model) {
        Overblik o = overblik.landet(kald);
        int kolonne = sorter == null || sorter < 0 || sorter > o.serier().size() + 2 ? 0 : sorter;
        boolean faldende = "ned".equals(retning);
        model.addAttribute("o", o);
        model.addAttribute("jobcentre", sorteret(o.jobcentre(), kolonne, o.serier().size(), faldende));
        model.addAttribute("sorter", kolonne);
        model.addAttribute("faldende", faldende);
        model.addAttribute("csv", "/dashboard/star/rettidighed.csv");
        return "dashboard-star";
    }

    /** Opens the citizen in row {@code raekke} of the list the dashboard showed this session. */
    @PostMapping("/borger/fra-overblik")
    String aabn(@RequestParam int raekke, HttpSession session) {
        Object liste = session.getAttribute(LISTE);
        if (!(liste instanceof List<?> cprer) || raekke < 0 || raekke >= cprer.size()) {
            return "redirect:/?ukendt";
        }
        return "redirect:/borger/" + Borgerhaandtag.gem(session, Cpr.afLagret((String) cprer.get(raekke)));
    }

    @GetMapping("/dashboard/jobcenter/rettidighed.csv")
    ResponseEntity<byte[]> jobcenterCsv(Kald kald, @RequestParam(required = false) String jobcenter) {
        return csv(kald, hvilket(kald, jobcenter));
    }

    @GetMapping("/dashboard/star/rettidighed.csv")
    ResponseEntity<byte[]> starCsv(Kald kald) {
        return csv(kald, null);
    }

    /** The report's own CSV for the months the dashboard shows: the same as GET /api/v1/rapporter/rettidighed with Accept: text/csv. */
    private ResponseEntity<byte[]> csv(Kald kald, String jobcenter) {
        Rettidighedsrapport.Resultat r = overblik.rapport(kald, jobcenter);
        String navn = "rettidighed-" + (jobcenter == null ? "hele-landet" : jobcenter) + "-" + r.fra() + "-" + r.til() + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(navn).build().toString())
                .body(Rettidighedsrapport.csv(r).getBytes(StandardCharsets.UTF_8));
    }

    private static String hvilket(Kald kald, String jobcenter) {
        if (jobcenter != null && JOBCENTER.matcher(jobcenter).matches()) {
            return jobcenter;
        }
        if (kald.kalder().myndighed().type() == Myndighedstype.JOBCENTER) {
            return kald.kalder().myndighed().kode();
        }
        throw AdgangNaegtet.af(Fejlkode.INGEN_ADGANG);
    }

    /** Column 0 the jobcenter, 1..n the series' shares (nothing judged last), then the open and the passed frister. */
    private static List<Overblik.Jobcenterraekke> sorteret(List<Overblik.Jobcenterraekke> raekker, int kolonne, int serier, boolean faldende) {
        Comparator<Overblik.Jobcenterraekke> efter;
        if (kolonne == 0) {
            efter = Comparator.comparing(Overblik.Jobcenterraekke::jobcenter, Comparator.nullsLast(Comparator.naturalOrder()));
        } else if (kolonne <= serier) {
            efter = Comparator.comparing(r -> r.andele().get(kolonne - 1), Comparator.nullsFirst(Comparator.naturalOrder()));
        } else if (kolonne == serier + 1) {
            efter = Comparator.comparingLong(Overblik.Jobcenterraekke::kommende);
        } else {
            efter = Comparator.comparingLong(Overblik.Jobcenterraekke::overskredne);
        }
        List<Overblik.Jobcenterraekke> sorteret = new ArrayList<>(raekker);
        sorteret.sort(faldende ? efter.reversed() : efter);
        return sorteret;
    }
}
