package dk.samtaleregister.adgang.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.adgang.domain.Rolle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

/** Signs the demo mode's tokens with the same claims an identity provider would give them. */
final class Demoudsteder {

    static final String ISSUER = "samtaleregister-demo";
    static final Duration LEVETID = Duration.ofHours(1);

    private final JWSSigner signerer;
    private final JWSHeader hoved;
    private final String audience;
    private final Clock ur;

    Demoudsteder(RSAKey noegle, String audience, Clock ur) {
        try {
            this.signerer = new RSASSASigner(noegle);
        } catch (JOSEException e) {
            throw new IllegalStateException("The demo signing key cannot sign", e);
        }
        this.hoved = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(noegle.getKeyID()).build();
        this.audience = audience;
        this.ur = ur;
    }

    String udsted(Kalder kalder) {
        Instant nu = ur.instant().truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet krav = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(audience)
                .subject(kalder.ident())
                .claim(Kalderkrav.PREFERRED_USERNAME, kalder.ident())
                .claim(Kalderkrav.MYNDIGHEDSTYPE, kalder.myndighed().type().name())
                .claim(Kalderkrav.MYNDIGHEDSKODE, kalder.myndighed().kode())
                .claim(Kalderkrav.ROLLER, kalder.roller().stream().map(Rolle::name).sorted().toList())
                .issueTime(Date.from(nu))
                .notBeforeTime(Date.from(nu))
                .expirationTime(Date.from(nu.plus(LEVETID)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT token = new SignedJWT(hoved, krav);
        try {
            token.sign(signerer);
        } catch (JOSEException e) {
            throw new IllegalStateException("The demo token could not be signed", e);
        }
        return token.serialize();
    }
}
