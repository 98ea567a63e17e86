package dk.samtaleregister.sider.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a small bar chart of shares (0 to 1), one bar per month, with the krav's target as a line where
 * it has one. A month with nothing judged has no bar, and says so in its text.
 */
public final class Soejlediagram {

    public static final int BREDDE = 360;
    public static final int HOEJDE = 160;
    /** Room for the axis's labels: the per cents on the left, the months below. */
    public static final int VENSTRE = 40;
    public static final int BUND = 24;
    public static final int TOP = 8;

    /** One month's bar: its place and size, its label under it, and what it says (the tooltip and text alternative). */
    public record Soejle(double x, double y, double bredde, double hoejde, String etiket, String tekst, boolean vist) {
    }

    /** A horizontal line at a share, with its label: the axis's 0, 50 and 100 %, and the target. */
    public record Linje(double y, String tekst) {
    }

    /** One month's value: the share met, or null when nothing was judged. */
    public record Vaerdi(String etiket, Double andel, String tekst) {
    }

    private final List<Soejle> soejler;
    private final List<Linje> akse;
    private final Linje maal;

    public Soejlediagram(List<Vaerdi> vaerdier, Integer maalProcent) {
        double felt = (double) (BREDDE - VENSTRE) / Math.max(1, vaerdier.size());
        List<Soejle> s = new ArrayList<>(vaerdier.size());
        for (int i = 0; i < vaerdier.size(); i++) {
            Vaerdi v = vaerdier.get(i);
            double andel = v.andel() == null ? 0 : Math.max(0, Math.min(1, v.andel()));
            double h = afrund(andel * hoejdeAfFeltet());
            s.add(new Soejle(afrund(VENSTRE + i * felt + felt * 0.15), afrund(y(andel)), afrund(felt * 0.7), h, v.etiket(), v.tekst(),
                    v.andel() != null));
        }
        this.soejler = List.copyOf(s);
        this.akse = List.of(new Linje(y(0), "0 %"), new Linje(y(0.5), "50 %"), new Linje(y(1), "100 %"));
        this.maal = maalProcent == null ? null : new Linje(y(maalProcent / 100.0), "Mål " + maalProcent + " %");
    }

    public List<Soejle> soejler() {
        return soejler;
    }

    public List<Linje> akse() {
        return akse;
    }

    /** The target line, or null for a krav without a target. */
    public Linje maal() {
        return maal;
    }

    public int bredde() {
        return BREDDE;
    }

    public int hoejde() {
        return HOEJDE;
    }

    public double etiketY() {
        return HOEJDE - 6;
    }

    private static double hoejdeAfFeltet() {
        return HOEJDE - BUND - TOP;
    }

    private static double y(double andel) {
        return afrund(TOP + (1 - andel) * hoejdeAfFeltet());
    }

    private static double afrund(double tal) {
        return Math.round(tal * 10) / 10.0;
    }
}
