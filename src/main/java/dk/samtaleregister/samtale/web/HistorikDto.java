package dk.samtaleregister.samtale.web;

import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Feltaendring;
import dk.samtaleregister.samtale.domain.Samtaleversion;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Schema(description = "En version i samtalens historik: hvad der skete, hvem og hvornår, hvorfor, og hvilke felter der ændredes.")
public record HistorikDto(int version, String art, AnsvarligSagsbehandlerDto aendretAf, OffsetDateTime tidspunkt, String begrundelse,
                          List<Feltaendring> aendringer) {

    /** Version 1 lists every field it set (from null); each later version what it changed. */
    static List<HistorikDto> af(List<Samtaleversion> versioner) {
        List<HistorikDto> historik = new ArrayList<>();
        Map<String, Object> forrige = Map.of();
        for (Samtaleversion version : versioner) {
            Map<String, Object> felter = version.felter();
            var af = version.aendretAf();
            historik.add(new HistorikDto(version.version(), version.art().name(),
                    new AnsvarligSagsbehandlerDto(af.ident(), new MyndighedDto(af.myndighed().type().name(), af.myndighed().kode())),
                    version.tidspunkt().atZone(DanskTid.ZONE).toOffsetDateTime(), version.begrundelse(),
                    Feltaendring.mellem(forrige, felter)));
            forrige = felter;
        }
        return historik;
    }
}
