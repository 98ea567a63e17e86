package dk.samtaleregister.sider.application;

import dk.samtaleregister.kontaktforloeb.domain.Kravstatus;

/** A krav's status as the pages say it. */
public final class Statustekst {

    private Statustekst() {
    }

    public static String af(Kravstatus status) {
        return switch (status) {
            case OPFYLDT -> "opfyldt";
            case IKKE_OPFYLDT -> "ikke opfyldt";
            case AABEN -> "åben";
            case UNDTAGET -> "undtaget";
        };
    }
}
