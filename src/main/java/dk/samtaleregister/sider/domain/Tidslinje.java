package dk.samtaleregister.sider.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The geometry of a timeline picture: days from {@code fra} to {@code til} (both included) laid out from left to
 * right, one lane ({@link Spor}) under the other, each holding bars (a period, a krav's window) and points (a held
 * conversation, a frist). What falls outside the days shown is cut at the edge, and a bar or point that falls wholly
 * outside is left out. Pure geometry: the page decides what goes in which lane and how it is drawn.
 */
public final class Tidslinje {

    /** Room on the left for the lanes' names, and on the top for the month axis. */
    public static final int VENSTRE = 170;
    public static final int TOP = 28;
    public static final int SPORHOEJDE = 30;
    public static final int BREDDE = 960;

    private static final String[] MAANEDER = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};

    private final LocalDate fra;
    private final LocalDate til;
    private final long dage;
    private final List<Spor> spor = new ArrayList<>();

    /** A bar from one day to another; {@code art} names how it is drawn, {@code tekst} is its tooltip and text alternative. */
    public record Bjaelke(double x, double bredde, String tekst, String art) {
    }

    /** A point on one day. */
    public record Punkt(double x, String tekst, String art) {
    }

    /** A lane: its name, its place from the top, and what it holds. */
    public record Spor(String navn, int y, List<Bjaelke> bjaelker, List<Punkt> punkter) {
    }

    /** A tick of the axis, on the first day of a month. */
    public record Aksemaerke(double x, String tekst) {
    }

    public Tidslinje(LocalDate fra, LocalDate til) {
        this.fra = Objects.requireNonNull(fra, "fra");
        this.til = Objects.requireNonNull(til, "til");
        if (til.isBefore(fra)) {
            throw new IllegalArgumentException("til before fra: " + fra + " - " + til);
        }
        this.dage = ChronoUnit.DAYS.between(fra, til) + 1;
    }

    /** A new lane at the bottom, returned so that bars and points can be put in it. */
    public Spor spor(String navn) {
        Spor nyt = new Spor(navn, TOP + spor.size() * SPORHOEJDE, new ArrayList<>(), new ArrayList<>());
        spor.add(nyt);
        return nyt;
    }

    /** A bar over the days {@code start} to {@code slut}, both included; an open end ({@code null}) runs to the edge. */
    public void bjaelke(Spor i, LocalDate start, LocalDate slut, String tekst, String art) {
        LocalDate fraDag = start == null || start.isBefore(fra) ? fra : start;
        LocalDate tilDag = slut == null || slut.isAfter(til) ? til : slut;
        if (fraDag.isAfter(tilDag)) {
            return;
        }
        double x = x(fraDag);
        i.bjaelker().add(new Bjaelke(x, x(tilDag.plusDays(1)) - x, tekst, art));
    }

    /** A point in the middle of the day, when the day is shown. */
    public void punkt(Spor i, LocalDate dag, String tekst, String art) {
        if (!dag.isBefore(fra) && !dag.isAfter(til)) {
            i.punkter().add(new Punkt(x(dag) + dagsbredde() / 2, tekst, art));
        }
    }

    /** The left edge of the day. */
    public double x(LocalDate dag) {
        return afrund(VENSTRE + ChronoUnit.DAYS.between(fra, dag) * dagsbredde());
    }

    public List<Aksemaerke> akse() {
        List<Aksemaerke> maerker = new ArrayList<>();
        LocalDate maaned = fra.withDayOfMonth(1);
        if (maaned.isBefore(fra)) {
            maaned = maaned.plusMonths(1);
        }
        boolean hverAnden = dage > 500;
        for (; !maaned.isAfter(til); maaned = maaned.plusMonths(hverAnden ? 2 : 1)) {
            String tekst = MAANEDER[maaned.getMonthValue() - 1] + (maaned.getMonthValue() == 1 || maerker.isEmpty() ? " " + maaned.getYear() : "");
            maerker.add(new Aksemaerke(x(maaned), tekst));
        }
        return maerker;
    }

    public List<Spor> sporene() {
        return List.copyOf(spor);
    }

    public int hoejde() {
        return TOP + spor.size() * SPORHOEJDE + 4;
    }

    public int bredde() {
        return BREDDE;
    }

    public LocalDate fra() {
        return fra;
    }

    public LocalDate til() {
        return til;
    }

    private double dagsbredde() {
        return (double) (BREDDE - VENSTRE) / dage;
    }

    private static double afrund(double tal) {
        return Math.round(tal * 10) / 10.0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Tidslinje[%s..%s, %d lanes]", fra, til, spor.size());
    }
}
