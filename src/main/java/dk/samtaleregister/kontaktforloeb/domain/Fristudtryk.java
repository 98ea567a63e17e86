package dk.samtaleregister.kontaktforloeb.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a span counted from the start of a kontaktforløb, written compactly in the rule file:
 * {@code 0} the start day, {@code nD} start + n days, {@code nU} "within n weeks" (start + 7n days),
 * {@code nUS} "by the end of week n" (start + 7n - 1 days), {@code nM} "within n months" (start + n months - 1 day).
 */
public record Fristudtryk(int antal, Enhed enhed) {

    public enum Enhed { DAG, UGER, UGE_SLUT, MAANEDER }

    public static final Fristudtryk STARTDAGEN = new Fristudtryk(0, Enhed.DAG);

    private static final Pattern FORM = Pattern.compile("(\\d{1,3})(D|U|US|M)");

    public Fristudtryk {
        if (antal < 0 || (enhed == Enhed.UGE_SLUT && antal < 1)) {
            throw new IllegalArgumentException("invalid " + antal + " " + enhed);
        }
    }

    /** The expression, or null when the text is not one. */
    public static Fristudtryk fortolk(String tekst) {
        if (tekst.equals("0")) {
            return STARTDAGEN;
        }
        Matcher m = FORM.matcher(tekst);
        if (!m.matches()) {
            return null;
        }
        int antal = Integer.parseInt(m.group(1));
        Enhed enhed = switch (m.group(2)) {
            case "D" -> Enhed.DAG;
            case "U" -> Enhed.UGER;
            case "US" -> Enhed.UGE_SLUT;
            default -> Enhed.MAANEDER;
        };
        return enhed == Enhed.UGE_SLUT && antal == 0 ? null : new Fristudtryk(antal, enhed);
    }

    /** Days from the start day to the last day of the span (0 = the start day itself). */
    public int slutDag(LocalDate start) {
        return switch (enhed) {
            case DAG -> antal;
            case UGER -> 7 * antal;
            case UGE_SLUT -> 7 * antal - 1;
            case MAANEDER -> antal == 0 ? 0 : (int) ChronoUnit.DAYS.between(start, start.plusMonths(antal)) - 1;
        };
    }

    @Override
    public String toString() {
        if (this.equals(STARTDAGEN)) {
            return "0";
        }
        return antal + switch (enhed) {
            case DAG -> "D";
            case UGER -> "U";
            case UGE_SLUT -> "US";
            case MAANEDER -> "M";
        };
    }
}
