package dk.samtaleregister.faelles.persistence;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A caseworker as every table stores one: three columns {@code <praefiks>_ident}, {@code <praefiks>_myndighedstype} and
 * {@code <praefiks>_myndighedskode}, all null or none.
 */
public final class Sagsbehandlerkolonner {

    private Sagsbehandlerkolonner() {
    }

    /** The caseworker in the columns, or null if none is stored. */
    public static AnsvarligSagsbehandler laes(ResultSet rs, String praefiks) throws SQLException {
        String ident = rs.getString(praefiks + "_ident");
        return ident == null ? null : new AnsvarligSagsbehandler(ident,
                new Myndighed(Myndighedstype.valueOf(rs.getString(praefiks + "_myndighedstype")), rs.getString(praefiks + "_myndighedskode")));
    }
}
