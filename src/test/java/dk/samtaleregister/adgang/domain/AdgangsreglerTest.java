package dk.samtaleregister.adgang.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samtaleregister.borger.domain.Akassemedlemskab;
import dk.samtaleregister.borger.domain.AndenAktoerHenvisning;
import dk.samtaleregister.borger.domain.BorgerSituation;
import dk.samtaleregister.borger.domain.Jobcentertilknytning;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Myndighed;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Periode;
import dk.samtaleregister.regler.domain.AkassesSamtaletyper;
import dk.samtaleregister.regler.domain.Regelbog;
import dk.samtaleregister.regler.domain.Samtaletype;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may see which samtaletyper, and whose citizen a citizen is on a day: every samtaletype and every authority type. */
class AdgangsreglerTest {

    /** DFDG: the samtaletyper an a-kasse may see. */
    private static final Set<Integer> SYNLIGE_FOR_AKASSE = Set.of(7, 8, 9, 10, 11, 12, 13, 15, 17, 19);

    private static final LocalDate DAG = LocalDate.of(2024, 3, 1);
    private static final Periode FRA_NYTAAR = new Periode(LocalDate.of(2024, 1, 1), null);
    private static final Periode JANUAR = new Periode(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));

    /** Attached to jobcenter 101, member of AK12 and referred to AA7 on DAG; attached to 147 and member of AK99 in January only. */
    private static final BorgerSituation SITUATION = new BorgerSituation(List.of(), List.of(),
            List.of(new Jobcentertilknytning(1, "147", JANUAR), new Jobcentertilknytning(2, "101", new Periode(LocalDate.of(2024, 2, 1), null))),
            List.of(new Akassemedlemskab(3, "AK99", JANUAR), new Akassemedlemskab(4, "AK12", new Periode(LocalDate.of(2024, 2, 1), null))),
            List.of(new AndenAktoerHenvisning(5, "AA7", FRA_NYTAAR)));

    /** The shipped rule files, as the service reads them. */
    private static final Regelbog REGLER = Regelbog.laes(
            navn -> new InputStreamReader(AdgangsreglerTest.class.getClassLoader().getResourceAsStream(navn), StandardCharsets.UTF_8));

    @ParameterizedTest
    @EnumSource(Samtaletype.class)
    void an_akasse_sees_only_its_samtaletyper_and_the_others_see_all(Samtaletype type) {
        Optional<AkassesSamtaletyper> akassens = REGLER.akasseSynlighed(DAG);
        assertThat(Adgangsregler.maaSe(new Myndighed(Myndighedstype.AKASSE, "AK12"), type, akassens))
                .isEqualTo(SYNLIGE_FOR_AKASSE.contains(type.id()));
        assertThat(Adgangsregler.maaSe(new Myndighed(Myndighedstype.JOBCENTER, "101"), type, akassens)).isTrue();
        assertThat(Adgangsregler.maaSe(new Myndighed(Myndighedstype.ANDEN_AKTOER, "AA7"), type, akassens)).isTrue();
        assertThat(Adgangsregler.maaSe(new Myndighed(Myndighedstype.STAR, "STAR"), type, akassens)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Samtaletype.class)
    void without_a_rule_set_in_force_an_akasse_sees_nothing(Samtaletype type) {
        assertThat(Adgangsregler.maaSe(new Myndighed(Myndighedstype.AKASSE, "AK12"), type, Optional.empty())).isFalse();
        assertThat(Adgangsregler.maaSe(new Myndighed(Myndighedstype.JOBCENTER, "101"), type, Optional.empty())).isTrue();
    }

    static Stream<Arguments> myndigheder() {
        return Stream.of(
                Arguments.of(Myndighedstype.JOBCENTER, "101", DAG, null),
                Arguments.of(Myndighedstype.JOBCENTER, "147", DAG, Fejlkode.BORGER_IKKE_TILKNYTTET_JOBCENTER),
                Arguments.of(Myndighedstype.JOBCENTER, "147", LocalDate.of(2024, 1, 15), null),
                Arguments.of(Myndighedstype.AKASSE, "AK12", DAG, null),
                Arguments.of(Myndighedstype.AKASSE, "AK99", DAG, Fejlkode.BORGER_IKKE_MEDLEM_AF_AKASSE),
                Arguments.of(Myndighedstype.AKASSE, "AK99", LocalDate.of(2024, 1, 31), null),
                Arguments.of(Myndighedstype.AKASSE, "AK12", LocalDate.of(2024, 1, 31), Fejlkode.BORGER_IKKE_MEDLEM_AF_AKASSE),
                Arguments.of(Myndighedstype.ANDEN_AKTOER, "AA7", DAG, null),
                Arguments.of(Myndighedstype.ANDEN_AKTOER, "AA8", DAG, Fejlkode.BORGER_IKKE_HENVIST_TIL_ANDEN_AKTOER),
                Arguments.of(Myndighedstype.ANDEN_AKTOER, "AA7", LocalDate.of(2023, 12, 31), Fejlkode.BORGER_IKKE_HENVIST_TIL_ANDEN_AKTOER),
                Arguments.of(Myndighedstype.STAR, "STAR", DAG, Fejlkode.STAR_REGISTRERER_IKKE));
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @MethodSource("myndigheder")
    void an_authority_registers_only_for_its_own_citizen_on_the_day(Myndighedstype type, String kode, LocalDate dag, Fejlkode forventet) {
        var resultat = Adgangsregler.registreringsadgang(new Myndighed(type, kode), SITUATION, dag);
        if (forventet == null) {
            assertThat(resultat).isEmpty();
        } else {
            assertThat(resultat).map(Overtraedelse::kode).contains(forventet);
            assertThat(resultat).map(Overtraedelse::felt).contains("ansvarligSagsbehandler.myndighed.kode");
        }
    }

    @ParameterizedTest
    @EnumSource(Myndighedstype.class)
    void a_citizen_the_registry_does_not_know_is_nobodys(Myndighedstype type) {
        String kode = switch (type) {
            case JOBCENTER -> "101";
            case STAR -> "STAR";
            default -> "X1";
        };
        assertThat(Adgangsregler.registreringsadgang(new Myndighed(type, kode), BorgerSituation.UKENDT, DAG)).isPresent();
    }
}
