package dk.samtaleregister.faelles.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.faelles.domain.Overtraedelse;
import dk.samtaleregister.faelles.domain.Overtraedelser;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CprTest {

    private final Overtraedelser fejl = new Overtraedelser();

    @Test
    void ten_digits_are_accepted() {
        Cpr cpr = Cpr.fortolk("0101901234", "cpr", fejl);

        assertThat(fejl.ingen()).isTrue();
        assertThat(cpr).isNotNull();
        assertThat(cpr.cifre()).isEqualTo("0101901234");
        assertThat(Cpr.foedselsdato(cpr.cifre())).isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    void a_number_that_fails_modulus_11_is_accepted() {
        // No modulus-11 check: CPR numbers without it have been issued since 2007 (docs/registration-rules.md, rule 1).
        String udenModulus11 = "0101901234";
        int[] vaegte = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (udenModulus11.charAt(i) - '0') * vaegte[i];
        }
        assertThat(sum % 11).as("the number must fail modulus 11 for this test to mean anything").isNotZero();

        Cpr cpr = Cpr.fortolk(udenModulus11, "cpr", fejl);

        assertThat(fejl.ingen()).isTrue();
        assertThat(cpr.cifre()).isEqualTo(udenModulus11);
    }

    @Test
    void a_hyphen_after_the_sixth_digit_is_accepted_and_removed() {
        Cpr cpr = Cpr.fortolk("010190-1234", "cpr", fejl);

        assertThat(fejl.ingen()).isTrue();
        assertThat(cpr.cifre()).isEqualTo("0101901234");
        assertThat(cpr).isEqualTo(Cpr.fortolk("0101901234", "cpr", fejl));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "010190123",     // nine digits
            "01019012345",   // eleven digits
            "010190-12345",  // eleven digits after the hyphen is removed
            "01019O1234",    // a letter O for a zero
            "abcdefghij",
            "01019-01234",   // hyphen after the fifth digit
            "0101901-234",   // hyphen after the seventh digit
            "010190-123",    // hyphen in a ten-character text
            "010190--1234",
            "010190 1234",
            " 0101901234",
            "0101901234 ",
            "０１０１９０１２３４"  // full-width digits are not ASCII digits
    })
    void anything_but_ten_digits_with_an_optional_hyphen_after_the_sixth_is_a_format_error(String tekst) {
        Cpr cpr = Cpr.fortolk(tekst, "cpr", fejl);

        assertThat(cpr).isNull();
        assertThat(fejl.liste()).extracting(Overtraedelse::kode, Overtraedelse::felt)
                .containsExactly(tuple(Fejlkode.CPR_UGYLDIGT_FORMAT, "cpr"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "3201901234",  // day 32
            "0001901234",  // day 0
            "0100901234",  // month 0
            "0113901234",  // month 13
            "3102901234",  // 31 February
            "3104901234",  // 31 April
            "2902011234",  // 29 February 1901: not a leap year
            "2902991234"   // 29 February 1999: not a leap year
    })
    void an_impossible_date_is_a_date_error(String tekst) {
        Cpr cpr = Cpr.fortolk(tekst, "cpr", fejl);

        assertThat(cpr).isNull();
        assertThat(fejl.liste()).extracting(Overtraedelse::kode).containsExactly(Fejlkode.CPR_UGYLDIG_DATO);
        assertThat(fejl.liste().get(0).felt()).isEqualTo("cpr");
    }

    @ParameterizedTest
    @CsvSource({
            // 00 with 7th digit 0-3 is 1900: divisible by 100 and not by 400, so no 29 February
            "2902001234, ",
            "2902003234, ",
            // 00 with 7th digit 4-9 is 2000: divisible by 400, a leap year
            "2902004234, 2000-02-29",
            "2902005234, 2000-02-29",
            "2902009234, 2000-02-29",
            // 96 with 7th digit 0-3 is 1996, a leap year
            "2902961234, 1996-02-29",
            // 56 with 7th digit 5-8 is 2056, a leap year; 60 with 5-8 is 1860, a leap year
            "2902565234, 2056-02-29",
            "2902606234, 1860-02-29",
            // 58 with 7th digit 5-8 is 1858, not a leap year (2058 would not be either, but 1858 is what is judged)
            "2902585234, ",
            // 36 with 7th digit 4 is 2036 (leap), with 0 it is 1936 (leap): both accepted
            "2902364234, 2036-02-29",
            "2902360234, 1936-02-29"
    })
    void twenty_ninth_february_is_valid_only_in_a_leap_year_of_the_century_the_seventh_digit_gives(String tekst, LocalDate foedt) {
        Cpr cpr = Cpr.fortolk(tekst, "cpr", fejl);

        if (foedt == null) {
            assertThat(cpr).isNull();
            assertThat(fejl.liste()).extracting(Overtraedelse::kode).containsExactly(Fejlkode.CPR_UGYLDIG_DATO);
        } else {
            assertThat(fejl.ingen()).isTrue();
            assertThat(Cpr.foedselsdato(cpr.cifre())).isEqualTo(foedt);
        }
    }

    @ParameterizedTest(name = "yy {0}, seventh digit {1} -> {2}")
    @CsvSource({
            // 0-3: always the 1900s
            "00, 0, 1900", "36, 0, 1936", "37, 1, 1937", "57, 2, 1957", "58, 3, 1958", "99, 3, 1999",
            // 4 and 9: 2000-2036 when yy <= 36, else 1937-1999
            "00, 4, 2000", "36, 4, 2036", "37, 4, 1937", "99, 4, 1999",
            "00, 9, 2000", "36, 9, 2036", "37, 9, 1937", "99, 9, 1999",
            // 5-8: 2000-2057 when yy <= 57, else 1858-1899
            "00, 5, 2000", "57, 5, 2057", "58, 5, 1858", "99, 5, 1899",
            "00, 6, 2000", "57, 6, 2057", "58, 6, 1858", "99, 6, 1899",
            "00, 7, 2000", "57, 7, 2057", "58, 7, 1858", "99, 7, 1899",
            "00, 8, 2000", "57, 8, 2057", "58, 8, 1858", "99, 8, 1899"
    })
    void the_century_follows_the_cpr_office_table(String aa, int syvendeCiffer, int aar) {
        Cpr cpr = Cpr.fortolk("1503" + aa + syvendeCiffer + "123", "cpr", fejl);

        assertThat(fejl.ingen()).isTrue();
        assertThat(Cpr.foedselsdato(cpr.cifre())).isEqualTo(LocalDate.of(aar, 3, 15));
    }

    @Test
    void a_number_failing_modulus_11_is_accepted() {
        String udenKontrolciffer = "0101901234";
        assertThat(modulus11Rest(udenKontrolciffer)).as("the example must fail modulus 11").isNotZero();

        Cpr cpr = Cpr.fortolk(udenKontrolciffer, "cpr", fejl);

        assertThat(fejl.ingen()).isTrue();
        assertThat(cpr.cifre()).isEqualTo(udenKontrolciffer);
    }

    @Test
    void a_number_passing_modulus_11_is_accepted_too() {
        String medKontrolciffer = "0707614285";
        assertThat(modulus11Rest(medKontrolciffer)).as("the example must pass modulus 11").isZero();

        assertThat(Cpr.fortolk(medKontrolciffer, "cpr", fejl)).isNotNull();
        assertThat(fejl.ingen()).isTrue();
    }

    @Test
    void the_masked_form_and_tostring_never_contain_the_last_four_digits() {
        Cpr cpr = Cpr.fortolk("240486-1357", "cpr", fejl);

        assertThat(cpr.maskeret()).isEqualTo("240486-xxxx").doesNotContain("1357");
        assertThat(cpr.toString()).doesNotContain("1357").isEqualTo(cpr.maskeret());
        assertThat(String.valueOf(cpr)).doesNotContain("1357");
        assertThat("" + cpr).doesNotContain("1357");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t"})
    void a_missing_or_blank_number_is_a_missing_field(String tekst) {
        Cpr cpr = Cpr.fortolk(tekst, "borger.cpr", fejl);

        assertThat(cpr).isNull();
        assertThat(fejl.liste()).extracting(Overtraedelse::kode, Overtraedelse::felt)
                .containsExactly(tuple(Fejlkode.FELT_MANGLER, "borger.cpr"));
    }

    @Test
    void the_violation_is_reported_under_the_field_name_given() {
        Cpr.fortolk("12", "ansvarlig.cpr", fejl);

        assertThat(fejl.liste()).extracting(Overtraedelse::felt).containsExactly("ansvarlig.cpr");
    }

    @Test
    void a_stored_number_is_taken_as_it_is_and_masked_alike() {
        Cpr cpr = Cpr.afLagret("0101901234");

        assertThat(cpr.cifre()).isEqualTo("0101901234");
        assertThat(cpr.toString()).isEqualTo("010190-xxxx");
    }

    private static int modulus11Rest(String cifre) {
        int[] vaegte = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (cifre.charAt(i) - '0') * vaegte[i];
        }
        return sum % 11;
    }
}
