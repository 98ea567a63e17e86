package dk.samtaleregister.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.samtaleregister.openapi.klient.ApiClient;
import dk.samtaleregister.openapi.klient.ApiException;
import dk.samtaleregister.openapi.klient.ApiResponse;
import dk.samtaleregister.openapi.klient.api.BorgerensSituationApi;
import dk.samtaleregister.openapi.klient.api.SamtalerApi;
import dk.samtaleregister.openapi.klient.model.AnsvarligSagsbehandlerDto;
import dk.samtaleregister.openapi.klient.model.HistorikpostDto;
import dk.samtaleregister.openapi.klient.model.MyndighedDto;
import dk.samtaleregister.openapi.klient.model.PeriodeAnmodning;
import dk.samtaleregister.openapi.klient.model.Problem;
import dk.samtaleregister.openapi.klient.model.SamtaleAnmodningDto;
import dk.samtaleregister.openapi.klient.model.SamtaleSvar;
import dk.samtaleregister.test.ApiTest;
import dk.samtaleregister.test.TestCpr;
import dk.samtaleregister.test.Testkalder;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client a case system generates from the contract (the build generates it from
 * src/test/resources/openapi/samtaleregister.json with openapi-generator's java/native generator) works against the
 * service: what the contract promises of paths, bodies, headers and answers is what the service does.
 */
class OpenApiKlientTest extends ApiTest {

    /** The generated client against the running service, every request with this caller's demo token. */
    private ApiClient klient(Testkalder kalder) {
        String token = api.token(kalder);
        ApiClient klient = new ApiClient();
        klient.updateBaseUri(baseUrl());
        klient.setRequestInterceptor(anmodning -> anmodning.header("Authorization", "Bearer " + token));
        return klient;
    }

    @Test
    void a_generated_client_registers_reads_corrects_and_reads_the_history_of_a_conversation() throws ApiException {
        String cpr = TestCpr.naeste();
        BorgerensSituationApi situation = new BorgerensSituationApi(klient(Testkalder.feed()));
        situation.opretPeriodeKontaktgruppeperioder(new PeriodeAnmodning().cpr(cpr).kontaktgruppe(1).fra("2024-01-01"), null);
        situation.opretPeriodeJobcentertilknytninger(new PeriodeAnmodning().cpr(cpr).jobcenter("101").fra("2024-01-01"), null);

        Testkalder jobcenter = Testkalder.jobcenter("101");
        SamtalerApi samtaler = new SamtalerApi(klient(jobcenter));
        SamtaleAnmodningDto samtale = new SamtaleAnmodningDto().cpr(cpr).afholdt("2024-03-01T10:15").samtaletype(7)
                .kontaktform("PERSONLIGT_FREMMOEDE").samtaleinformation("Aftalt at søge 5 stillinger om ugen.")
                .ansvarligSagsbehandler(new AnsvarligSagsbehandlerDto().ident(jobcenter.ident())
                        .myndighed(new MyndighedDto().type("JOBCENTER").kode("101")));

        ApiResponse<SamtaleSvar> registreret = samtaler.registrerSamtaleWithHttpInfo(samtale, null);
        assertThat(registreret.getStatusCode()).isEqualTo(201);
        SamtaleSvar oprettet = registreret.getData();
        assertThat(registreret.getHeaders().get("Location")).containsExactly("/api/v1/samtaler/" + oprettet.getSamtalenummer());
        assertThat(registreret.getHeaders().get("ETag")).containsExactly("\"1\"");
        assertThat(oprettet.getCpr()).isEqualTo(cpr);
        assertThat(oprettet.getAfholdt()).isEqualTo(OffsetDateTime.parse("2024-03-01T10:15:00+01:00"));
        assertThat(oprettet.getNulstillende()).isTrue();
        assertThat(oprettet.getStatus()).isEqualTo("AKTIV");

        ApiResponse<SamtaleSvar> hentet = samtaler.hentSamtaleWithHttpInfo(oprettet.getSamtalenummer());
        assertThat(hentet.getData()).isEqualTo(oprettet);
        String etag = hentet.getHeaders().get("ETag").get(0);

        SamtaleSvar rettet = samtaler.retSamtale(oprettet.getSamtalenummer(), etag,
                samtale.kontaktform("TELEFONISK").begrundelse("Samtalen blev holdt telefonisk."), null);
        assertThat(rettet.getVersion()).isEqualTo(2);
        assertThat(rettet.getKontaktform()).isEqualTo("TELEFONISK");

        List<HistorikpostDto> historik = samtaler.historikSamtale(oprettet.getSamtalenummer());
        assertThat(historik).extracting(HistorikpostDto::getVersion, HistorikpostDto::getArt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "OPRETTET"), org.assertj.core.groups.Tuple.tuple(2, "RETTET"));
        assertThat(historik.get(1).getBegrundelse()).isEqualTo("Samtalen blev holdt telefonisk.");
        assertThat(historik.get(1).getAendretAf().getIdent()).isEqualTo(jobcenter.ident());
        assertThat(historik.get(1).getAendringer()).anySatisfy(aendring -> {
            assertThat(aendring.getFelt()).isEqualTo("kontaktform");
            assertThat(aendring.getFra()).isEqualTo("PERSONLIGT_FREMMOEDE");
            assertThat(aendring.getTil()).isEqualTo("TELEFONISK");
        });

        // The stale version: 412 with the Problem of the contract, and the current version in the ETag it documents.
        ApiException foraeldet = catchThrowableOfType(ApiException.class,
                () -> samtaler.retSamtale(oprettet.getSamtalenummer(), etag, samtale, null));
        assertThat(foraeldet.getCode()).isEqualTo(412);
        assertThat(foraeldet.getResponseHeaders().firstValue("ETag")).hasValue("\"2\"");
        assertThat(problem(foraeldet).getFejl()).extracting(f -> f.getKode()).containsExactly("VERSION_FORAELDET");
    }

    @Test
    void a_refusal_reaches_the_generated_client_as_the_problem_of_the_contract() throws Exception {
        SamtalerApi samtaler = new SamtalerApi(klient(Testkalder.jobcenter("101")));

        ApiException ukendt = catchThrowableOfType(ApiException.class, () -> samtaler.hentSamtale(Long.MAX_VALUE));

        assertThat(ukendt.getCode()).isEqualTo(404);
        assertThat(ukendt.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = problem(ukendt);
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getType()).hasToString("urn:samtaleregister:problem:ikke-fundet");
        assertThat(problem.getInstance()).isEqualTo("/api/v1/samtaler/" + Long.MAX_VALUE);
        assertThat(problem.getFejl()).singleElement().satisfies(fejl -> {
            assertThat(fejl.getKode()).isEqualTo("SAMTALE_FINDES_IKKE");
            assertThat(fejl.getFelt()).isNull();
        });

        ApiClient udenToken = new ApiClient();
        udenToken.updateBaseUri(baseUrl());
        ApiException anonym = catchThrowableOfType(ApiException.class, () -> new SamtalerApi(udenToken).hentSamtale(1L));
        assertThat(anonym.getCode()).isEqualTo(401);
        assertThat(anonym.getResponseHeaders().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(problem(anonym).getFejl()).extracting(f -> f.getKode()).containsExactly("IKKE_AUTENTIFICERET");
    }

    /** The answer's body read as the generated Problem model, by the generated client's mapper; an unknown property would fail it. */
    private static Problem problem(ApiException fejl) throws ApiException {
        try {
            return ApiClient.createDefaultObjectMapper()
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(fejl.getResponseBody(), Problem.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(e);
        }
    }
}
