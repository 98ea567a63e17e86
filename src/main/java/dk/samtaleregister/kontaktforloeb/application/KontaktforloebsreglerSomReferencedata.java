package dk.samtaleregister.kontaktforloeb.application;

import dk.samtaleregister.kontaktforloeb.domain.Kravbog;
import dk.samtaleregister.kontaktforloeb.domain.Undtagelsesregler;
import dk.samtaleregister.regler.application.Kontaktforloebsregler;
import dk.samtaleregister.regler.domain.Kontaktgruppe;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.util.List;
import org.springframework.stereotype.Component;

/** The krav and undtagelse rules as loaded, in the shape of the reference data. */
@Component
class KontaktforloebsreglerSomReferencedata implements Kontaktforloebsregler {

    private final List<Kravversion> krav;
    private final List<Undtagelsesregel> undtagelser;

    KontaktforloebsreglerSomReferencedata(Kravbog kravbog, Undtagelsesregler regler) {
        this.krav = kravbog.alle().stream().map(k -> new Kravversion(k.kode(), k.gyldighed().fra(), k.gyldighed().til(),
                k.kontaktgrupper().stream().map(Kontaktgruppe::nummer).toList(), k.fra().toString(), k.til().toString(), k.antal(),
                k.samtaletyper().stream().map(Samtaletype::id).toList(), k.ansvarlig().name(),
                k.kontaktform() == null ? null : k.kontaktform().name(), k.maal(), k.hjemmel(), k.kilde(), k.beskrivelse())).toList();
        this.undtagelser = regler.alle().stream().map(r -> new Undtagelsesregel(r.grund().name(), r.gyldighed().fra(), r.gyldighed().til(),
                r.krav().stream().sorted().toList(), r.hjemmel(), r.kilde())).toList();
    }

    @Override
    public List<Kravversion> krav() {
        return krav;
    }

    @Override
    public List<Undtagelsesregel> undtagelser() {
        return undtagelser;
    }
}
