package dk.samtaleregister.samtale.web;

import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.samtale.domain.Samtalemulighed;
import dk.samtaleregister.samtale.domain.Samtalemuligheder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

@Schema(description = "De samtaletyper, kalderen kan registrere for borgeren den dag, efter samme regler som en registrering.")
public record MulighederSvar(
        @Schema(description = "Den danske dag, tidspunktet falder på.") LocalDate dag,
        @Schema(description = "Borgerens kontaktgruppe den dag.") int kontaktgruppe,
        String kontaktgruppenavn,
        @Schema(description = "RASK, eller SYG: et fravær SYGDOM_SYGEMELDING dækker dagen.") String raskSyg,
        @Schema(description = "De lovlige samtaletyper, efter DFDG-id. For en a-kasse kun dem, den må se.") List<Samtaletypemulighed> samtaletyper) {

    @Schema(description = "En samtaletype, der kan registreres den dag.")
    record Samtaletypemulighed(
            @Schema(description = "Samtaletypens DFDG-id.") int samtaletype,
            String navn,
            Deltagelsesmulighed deltagelsesstatus,
            @Schema(description = "Hver kontaktform, og om samtalen i den form ville være nulstillende.") List<Kontaktformmulighed> kontaktformer) {
    }

    @Schema(description = "Status på deltagelse for samtaletypen. Uden tilladte statusser kan den ikke registreres med flere myndigheder.")
    record Deltagelsesmulighed(
            @Schema(description = "Skal samtalen have en status, også med én myndighed?") boolean kraevet,
            List<Deltagelsesstatusvalg> tilladte) {
    }

    record Deltagelsesstatusvalg(String kode, String navn) {
    }

    record Kontaktformmulighed(String kontaktform, String navn,
                               @Schema(description = "Tæller samtalen i denne form som afholdt kontakt i kontaktforløbet?") boolean nulstillende) {
    }

    static MulighederSvar af(Samtalemuligheder muligheder) {
        return new MulighederSvar(muligheder.dag(), muligheder.kontaktgruppe().nummer(), muligheder.kontaktgruppe().navn(),
                muligheder.raskSyg().name(), muligheder.samtaletyper().stream().map(MulighederSvar::samtaletype).toList());
    }

    private static Samtaletypemulighed samtaletype(Samtalemulighed mulighed) {
        var deltagelse = mulighed.deltagelse();
        return new Samtaletypemulighed(mulighed.samtaletype().id(), mulighed.samtaletype().navn(),
                new Deltagelsesmulighed(deltagelse.kraevet(),
                        deltagelse.tilladte().stream().sorted().map(s -> new Deltagelsesstatusvalg(s.name(), s.navn())).toList()),
                Arrays.stream(Kontaktform.values())
                        .map(form -> new Kontaktformmulighed(form.name(), form.navn(), mulighed.erNulstillende(form)))
                        .toList());
    }
}
