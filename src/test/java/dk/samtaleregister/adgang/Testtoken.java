package dk.samtaleregister.adgang;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Tokens made by hand, as an identity provider (or an attacker) would make them. */
final class Testtoken {

    private Testtoken() {
    }

    /** The claims of a valid token for a jobcenter caseworker, from this issuer for this audience, valid for an hour. */
    static JWTClaimsSet.Builder krav(String issuer, String audience) {
        Instant nu = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject("jc101-test")
                .claim("preferred_username", "jc101-test")
                .claim("myndighedstype", "JOBCENTER")
                .claim("myndighedskode", "101")
                .claim("roller", List.of("SYSTEM"))
                .issueTime(Date.from(nu))
                .notBeforeTime(Date.from(nu))
                .expirationTime(Date.from(nu.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString());
    }

    /** Signed with the key: ES256 for an EC key, RS256 for an RSA key. */
    static String signeret(JWK noegle, JWTClaimsSet krav) {
        try {
            JWSSigner signerer = noegle instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) noegle);
            JWSAlgorithm algoritme = noegle instanceof ECKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(algoritme).type(JOSEObjectType.JWT).keyID(noegle.getKeyID()).build(), krav);
            token.sign(signerer);
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HS256 with a shared secret: what a service that accepted symmetric keys might be fooled with. */
    static String hmac(String kid, JWTClaimsSet krav) {
        try {
            SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(kid).build(), krav);
            token.sign(new MACSigner("en-delt-hemmelighed-paa-mindst-32-bytes!".getBytes(StandardCharsets.UTF_8)));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "alg": "none", built by hand, as no library will make one on purpose: header, claims, empty signature. */
    static String usigneret(JWTClaimsSet krav) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(krav.toString().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    static ECKey nyEcNoegle() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey nyRsaNoegle() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
