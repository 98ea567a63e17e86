package dk.samtaleregister.planlaegning.domain;

import dk.samtaleregister.faelles.domain.AnsvarligSagsbehandler;
import dk.samtaleregister.faelles.domain.Cpr;
import dk.samtaleregister.faelles.domain.DanskTid;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Felter;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import dk.samtaleregister.regler.domain.Deltagelsesregler;
import dk.samtaleregister.regler.domain.Deltagelsesstatus;
import dk.samtaleregister.regler.domain.Kontaktform;
import dk.samtaleregister.regler.domain.Regelbog;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fields of a booking and of a cancellation: present, known, short enough, and consistent with each other.
 * Every fault is recorded in the given {@link Overtraedelser}, so that the caller can add its own before answering.
 */
public final class Bookingindlaesning {

    public static final int MAKS_STED = 200;
    public static final int MAKS_SAGSBEHANDLERNAVN = 100;
    public static final int MAKS_BEGRUNDELSE = 1000;

    /**
     * BEK § 20 asks for the a-kasse's participation status on a booking; the rehabilitation statuses say whether the
     * citizen took part, which no booking can know in advance.
     */
    static final Set<Deltagelsesstatus> AKASSENS_STATUSSER = EnumSet.of(Deltagelsesstatus.A_KASSEN_DELTOG,
            Deltagelsesstatus.BORGER_OENSKEDE_IKKE_A_KASSENS_DELTAGELSE, Deltagelsesstatus.A_KASSEN_HAR_VALGT_IKKE_AT_DELTAGE,
            Deltagelsesstatus.A_KASSEN_UDEBLEV);

    private Bookingindlaesning() {
    }

    /** The booking's content, or null with every fault recorded. */
    public static Planlaegning fortolk(Bookinganmodning anmodning, Regelbog regler, Overtraedelser fejl) {
        int foer = fejl.liste().size();
        Cpr cpr = Cpr.fortolk(anmodning.cpr(), "cpr", fejl);
        Instant start = Felter.tidspunkt(Felter.paakraevet(anmodning.start(), "start", fejl), "start", fejl);
        Instant slut = Felter.tidspunkt(Felter.paakraevet(anmodning.slut(), "slut", fejl), "slut", fejl);
        if (start != null && slut != null && slut.isBefore(start)) {
            fejl.tilfoej(Fejlkode.TIL_FOER_FRA, "slut");
        }
        Samtaletype samtaletype = Felter.nummerkode(anmodning.samtaletype(), Samtaletype::medId,
                () -> Arrays.stream(Samtaletype.values()).mapToInt(Samtaletype::id), "samtaletype", fejl);
        Kontaktform kontaktform = Felter.kode(anmodning.kontaktform(), Kontaktform.class, "kontaktform", fejl);
        String sted = Felter.tekst(anmodning.sted(), MAKS_STED, "sted", fejl);
        String navn = Felter.tekst(anmodning.sagsbehandlerNavn(), MAKS_SAGSBEHANDLERNAVN, "sagsbehandlerNavn", fejl);
        AnsvarligSagsbehandler ansvarlig = AnsvarligSagsbehandler.fortolk(anmodning.sagsbehandlerIdent(),
                anmodning.myndighedstype(), anmodning.myndighedskode(), "ansvarligSagsbehandler", fejl);
        Boolean ombookingTilladt = Felter.paakraevet(anmodning.ombookingTilladt(), "ombookingTilladt", fejl);
        Instant frist = ombookingFrist(ombookingTilladt, anmodning.ombookingFrist(), start, fejl);
        Deltagelsesstatus status = Felter.valgfriKode(anmodning.deltagelsesstatus(), Deltagelsesstatus.class, "deltagelsesstatus", fejl);
        if (status != null && samtaletype != null && start != null && !statusPasser(status, samtaletype, start, regler)) {
            fejl.tilfoej(Fejlkode.DELTAGELSESSTATUS_PASSER_IKKE, "deltagelsesstatus", status.name(), samtaletype.visning());
        }
        begrundelse(anmodning.begrundelse(), false, fejl);
        if (fejl.liste().size() > foer) {
            return null;
        }
        return new Planlaegning(cpr, start, slut, samtaletype, kontaktform, sted, navn, ansvarlig, ombookingTilladt, frist, status);
    }

    /** A cancellation: a reason is required, and who cancelled. Null with every fault recorded. */
    public static Aflysning fortolk(Aflysningsanmodning anmodning, Overtraedelser fejl) {
        int foer = fejl.liste().size();
        String begrundelse = begrundelse(anmodning.begrundelse(), true, fejl);
        AnsvarligSagsbehandler ansvarlig = AnsvarligSagsbehandler.fortolk(anmodning.sagsbehandlerIdent(),
                anmodning.myndighedstype(), anmodning.myndighedskode(), "ansvarligSagsbehandler", fejl);
        return fejl.liste().size() > foer ? null : new Aflysning(begrundelse, ansvarlig);
    }

    /** A status on a booking must be the a-kasse's, and belong to the type by the rule table in force on the day it starts (17, 19). */
    private static boolean statusPasser(Deltagelsesstatus status, Samtaletype type, Instant start, Regelbog regler) {
        Deltagelsesregler.Regel regel = regler.deltagelse(DanskTid.dag(start))
                .map(tabel -> tabel.regel(type))
                .orElse(Deltagelsesregler.Regel.INGEN_STATUS);
        return AKASSENS_STATUSSER.contains(status) && regel.tilladte().contains(status);
    }

    private static Instant ombookingFrist(Boolean tilladt, String tekst, Instant start, Overtraedelser fejl) {
        if (Boolean.TRUE.equals(tilladt)) {
            Instant frist = Felter.tidspunkt(Felter.paakraevet(tekst, "ombookingFrist", fejl), "ombookingFrist", fejl);
            if (frist != null && start != null && frist.isAfter(start)) {
                fejl.tilfoej(Fejlkode.OMBOOKINGFRIST_EFTER_START, "ombookingFrist");
            }
            return frist;
        }
        if (Boolean.FALSE.equals(tilladt) && tekst != null) {
            fejl.tilfoej(Fejlkode.OMBOOKINGFRIST_UDEN_OMBOOKING, "ombookingFrist");
        }
        return null;
    }

    private static String begrundelse(String tekst, boolean paakraevet, Overtraedelser fejl) {
        if (paakraevet && Felter.paakraevet(tekst, "begrundelse", fejl) == null) {
            return null;
        }
        return Felter.tekst(tekst, MAKS_BEGRUNDELSE, "begrundelse", fejl);
    }
}
