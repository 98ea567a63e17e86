package dk.samtaleregister.regler.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Seed 004 for one effective period: the legal samtaletyper per kontaktgruppe, on a healthy and on a sick day. */
public final class Lovlighedstabel {

    static final String HOVED = "gyldig_fra;gyldig_til;kontaktgruppe;rask_syg;samtaletype";

    private final Map<Kontaktgruppe, Map<RaskSyg, Set<Samtaletype>>> lovlige;

    private Lovlighedstabel(Map<Kontaktgruppe, Map<RaskSyg, Set<Samtaletype>>> lovlige) {
        this.lovlige = lovlige;
    }

    /** Columns after the period: kontaktgruppe; RASK, SYG or RASK_SYG; samtaletype id. One legal cell a row. */
    static Lovlighedstabel af(List<Raekke> raekker) {
        Map<Kontaktgruppe, Map<RaskSyg, Set<Samtaletype>>> lovlige = new EnumMap<>(Kontaktgruppe.class);
        for (Raekke raekke : raekker) {
            Kontaktgruppe gruppe = raekke.kontaktgruppe(2);
            Set<RaskSyg> dage = switch (raekke.felter()[3]) {
                case "RASK" -> EnumSet.of(RaskSyg.RASK);
                case "SYG" -> EnumSet.of(RaskSyg.SYG);
                case "RASK_SYG" -> EnumSet.allOf(RaskSyg.class);
                default -> throw raekke.fejl("expected RASK, SYG or RASK_SYG, found '" + raekke.felter()[3] + "'");
            };
            Samtaletype type = raekke.samtaletype(4);
            for (RaskSyg dag : dage) {
                Set<Samtaletype> typer = lovlige.computeIfAbsent(gruppe, g -> new EnumMap<>(RaskSyg.class))
                        .computeIfAbsent(dag, d -> EnumSet.noneOf(Samtaletype.class));
                if (!typer.add(type)) {
                    throw raekke.fejl("duplicate row: samtaletype " + type.id() + " is already legal for kontaktgruppe "
                            + gruppe.nummer() + " (" + dag + ")");
                }
            }
        }
        Raekke foerste = raekker.get(0);
        for (Kontaktgruppe gruppe : Kontaktgruppe.values()) {
            for (RaskSyg dag : RaskSyg.values()) {
                if (!lovlige.containsKey(gruppe) || !lovlige.get(gruppe).containsKey(dag)) {
                    throw foerste.fejl("the rule set from " + foerste.gyldighed().fra() + " has no row for kontaktgruppe "
                            + gruppe.nummer() + " (" + dag + ")");
                }
            }
        }
        return new Lovlighedstabel(lovlige);
    }

    public boolean erLovlig(Kontaktgruppe gruppe, RaskSyg dag, Samtaletype type) {
        return lovlige.get(gruppe).get(dag).contains(type);
    }

    public Set<Samtaletype> lovlige(Kontaktgruppe gruppe, RaskSyg dag) {
        return EnumSet.copyOf(lovlige.get(gruppe).get(dag));
    }
}
