package dk.samtaleregister.regler.domain;

import dk.samtaleregister.faelles.domain.Kode;
import java.util.Optional;

/** The citizen's contact group, numbered and named as in seed 004 (there is no 9). */
public enum Kontaktgruppe implements Kode {
    DAGPENGEMODTAGER(1, "Dagpengemodtager"),
    KONTANTHJAELPSMODTAGER(2, "Kontanthjælpsmodtager"),
    KONTANTHJAELPSMODTAGER_INTEGRATIONSPROGRAMMET(3, "Kontanthjælpsmodtager omfattet af integrationsprogrammet"),
    REVALIDERING(4, "Revalidering"),
    FORREVALIDERING(5, "For-revalidering"),
    SYGEDAGPENGEMODTAGER(6, "Sygedagpengemodtager"),
    FLEKSJOBVISITERET(7, "Fleksjobvisiteret"),
    UDEN_YDELSE(8, "Uden ydelse"),
    FLEKSJOBANSAT(10, "Fleksjobansat"),
    REHABILITERET(11, "Rehabiliteret"),
    UDDANNELSESHJAELPSMODTAGER(12, "Uddannelseshjælpsmodtager"),
    JOBAFKLARING(13, "Jobafklaring"),
    FOERTIDSPENSIONISTER(14, "Førtidspensionister"),
    KOMPENSATION_HANDICAPPEDE_I_BESKAEFTIGELSE(15, "Kompensation til handicappede i beskæftigelse"),
    UNGE_UNDER_18(16, "Unge u. 18"),
    SELVFORSOERGEDE_IKKE_I_BESKAEFTIGELSE(17, "Selvforsørgede, ikke i beskæftigelse"),
    SELVFORSOERGENDE_UDLAENDINGE(18, "Selvforsørgende udlændinge efter Integrationsloven"),
    INDVANDRERE_I_INTRODUKTIONSFORLOEB(19, "Indvandrere i introduktionsforløb"),
    BESKAEFTIGEDE(20, "Beskæftigede"),
    VOKSENELEVER(21, "Voksenelever"),
    JOBROTATION(22, "Jobrotation"),
    SENIORJOB(23, "Seniorjob"),
    SYGEDAGPENGEMODTAGER_FRA_BESKAEFTIGELSE(24, "Sygedagpengemodtager fra beskæftigelse"),
    SYGEDAGPENGEMODTAGER_FRA_LEDIGHED(25, "Sygedagpengemodtager fra ledighed"),
    INTEGRATIONSYDELSESMODTAGER(26, "Integrationsydelsesmodtager"),
    INTEGRATIONSYDELSESMODTAGER_INTEGRATIONSPROGRAMMET(27, "Integrationsydelsesmodtager omfattet af integrationsprogrammet"),
    INTEGRATIONSYDELSESMODTAGER_UDDANNELSESPAALAEG(28, "Integrationsydelsesmodtager med uddannelsespålæg");

    private static final Kontaktgruppe[] EFTER_NUMMER = new Kontaktgruppe[29];

    static {
        for (Kontaktgruppe gruppe : values()) {
            EFTER_NUMMER[gruppe.nummer] = gruppe;
        }
    }

    private final int nummer;
    private final String navn;

    Kontaktgruppe(int nummer, String navn) {
        this.nummer = nummer;
        this.navn = navn;
    }

    public int nummer() {
        return nummer;
    }

    @Override
    public String navn() {
        return navn;
    }

    public static Optional<Kontaktgruppe> medNummer(int nummer) {
        return nummer >= 0 && nummer < EFTER_NUMMER.length ? Optional.ofNullable(EFTER_NUMMER[nummer]) : Optional.empty();
    }

    public String visning() {
        return nummer + " " + navn;
    }
}
