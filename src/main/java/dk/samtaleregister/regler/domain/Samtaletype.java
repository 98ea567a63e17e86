package dk.samtaleregister.regler.domain;

import dk.samtaleregister.faelles.domain.Kode;
import java.util.Optional;

/** Conversation types with their DFDG ids (seed 004, and the InterviewService page for 8, 11 and 19). */
public enum Samtaletype implements Kode {
    OPFOELGNINGSSAMTALE(4, "Opfølgningssamtale"),
    FLEKSJOBOPFOELGNINGSSAMTALE(5, "Fleksjobopfølgningssamtale"),
    JOBSAMTALE(7, "Jobsamtale"),
    HENVISNING(8, "Henvisning"),
    INFORMATIONSMOEDE(9, "Informationsmøde"),
    CV_SAMTALE(10, "CV-samtale"),
    FORMIDLINGSSAMTALE(11, "Formidlingssamtale"),
    ANDEN_SAMTALE(12, "Anden samtale"),
    INFORMATIONSMOEDE_UDEN_MOEDEPLIGT(13, "Informationsmøde uden mødepligt"),
    RAADIGHEDSSAMTALE(15, "Rådighedssamtale"),
    INTEGRATIONSSAMTALE(16, "Integrationssamtale"),
    JOBSAMTALE_MED_AKASSE(17, "Jobsamtale med deltagelse af a-kasse"),
    SAMTALE_I_REHABILITERINGSTEAM(18, "Samtale i rehabiliteringsteam"),
    FAELLES_JOBSAMTALE_MED_DAGPENGEMODTAGER(19, "Fælles jobsamtale med dagpengemodtager");

    private static final Samtaletype[] EFTER_ID = new Samtaletype[20];

    static {
        for (Samtaletype type : values()) {
            EFTER_ID[type.id] = type;
        }
    }

    private final int id;
    private final String navn;

    Samtaletype(int id, String navn) {
        this.id = id;
        this.navn = navn;
    }

    public int id() {
        return id;
    }

    @Override
    public String navn() {
        return navn;
    }

    public static Optional<Samtaletype> medId(int id) {
        return id >= 0 && id < EFTER_ID.length ? Optional.ofNullable(EFTER_ID[id]) : Optional.empty();
    }

    /** "Jobsamtale (7)": how the seed and the caseworkers name a type. */
    public String visning() {
        return navn + " (" + id + ")";
    }
}
