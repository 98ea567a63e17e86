package dk.samtaleregister.adgang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samtaleregister.adgang.application.Kaldere;
import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.adgang.domain.Rolle;
import dk.samtaleregister.faelles.domain.Myndighedstype;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** How a verified token's claims become the caller, and how other code finds the caller. */
class TokenkalderTest {

    private static Jwt token(Map<String, Object> krav) {
        Map<String, Object> alle = new HashMap<>(Map.of("sub", "subjekt-1", "myndighedstype", "JOBCENTER", "myndighedskode", "101"));
        alle.putAll(krav);
        alle.values().removeIf(v -> v == Fravaer.KRAV);
        return new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "ES256"), alle);
    }

    /** Marks a claim to leave out. */
    private enum Fravaer { KRAV }

    @AfterEach
    void ryd() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_principal_is_the_kalder_and_kaldere_finds_it() {
        var autentifikation = new Tokenkalder().convert(token(Map.of("preferred_username", "jc101-mhan", "roller", List.of("SYSTEM"))));
        SecurityContextHolder.getContext().setAuthentication(autentifikation);

        Kalder kalder = Kaldere.aktuel().orElseThrow();
        assertThat(autentifikation.getPrincipal()).isEqualTo(kalder);
        assertThat(autentifikation.isAuthenticated()).isTrue();
        assertThat(autentifikation.getCredentials()).as("the token is not kept").isNull();
        assertThat(autentifikation.getName()).isEqualTo("jc101-mhan");
        assertThat(kalder.myndighed().type()).isEqualTo(Myndighedstype.JOBCENTER);
        assertThat(kalder.myndighed().kode()).isEqualTo("101");
        assertThat(kalder.roller()).containsExactly(Rolle.SYSTEM);
    }

    @Test
    void without_authentication_there_is_no_caller() {
        assertThat(Kaldere.aktuel()).isEmpty();
    }

    @Test
    void the_ident_is_preferred_username_else_sub() {
        assertThat(Tokenkalder.kalder(token(Map.of("preferred_username", "navn"))).ident()).isEqualTo("navn");
        assertThat(Tokenkalder.kalder(token(Map.of())).ident()).isEqualTo("subjekt-1");
        assertThat(Tokenkalder.kalder(token(Map.of("preferred_username", " "))).ident()).isEqualTo("subjekt-1");
        assertThat(Tokenkalder.kalder(token(Map.of("preferred_username", "x".repeat(50)))).ident()).hasSize(50);
    }

    @Test
    void roles_are_a_list_or_one_name_and_unknown_ones_are_ignored() {
        assertThat(Kalderkrav.roller(List.of("SYSTEM", "offline_access", 7))).containsExactly(Rolle.SYSTEM);
        assertThat(Kalderkrav.roller("SYSTEM")).containsExactly(Rolle.SYSTEM);
        assertThat(Kalderkrav.roller(null)).isEmpty();
        assertThat(Kalderkrav.roller(Map.of("SYSTEM", true))).isEmpty();
        assertThat(Kalderkrav.roller(List.of("system"))).as("names are exact").isEmpty();
    }

    @Test
    void a_token_that_names_no_valid_caller_is_refused_with_the_reason_and_not_the_values() {
        assertThatThrownBy(() -> Tokenkalder.kalder(token(Map.of("preferred_username", "y".repeat(51)))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("FOR_LANG").hasMessageNotContaining("yyy");
        assertThatThrownBy(() -> Tokenkalder.kalder(token(Map.of("sub", Fravaer.KRAV))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("FELT_MANGLER");
        assertThatThrownBy(() -> Tokenkalder.kalder(token(Map.of("myndighedstype", "KOMMUNE"))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("UKENDT_KODE").hasMessageNotContaining("KOMMUNE");
        assertThatThrownBy(() -> Tokenkalder.kalder(token(Map.of("myndighedstype", "STAR", "myndighedskode", "101"))))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("UGYLDIG_MYNDIGHEDSKODE");
        assertThatThrownBy(() -> Tokenkalder.kalder(token(Map.of("myndighedskode", 101))))
                .as("a kode sent as a number is no kode").isInstanceOf(InvalidBearerTokenException.class);
    }
}
