package dk.samtaleregister.adgang.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.EnumSet;
import java.util.UUID;

/**
 * The demo mode's signing key (RSA 2048, RS256; see {@link #ny} for why not EC): made on the first start and kept in a file as a JWK, so that
 * tokens outlive a restart. Readable by the owner only, where the file system knows owners.
 */
final class Demonoegle {

    private static final int NOEGLELAENGDE = 2048;

    private Demonoegle() {
    }

    static RSAKey hentEllerLav(Path fil) {
        Path sti = fil.toAbsolutePath().normalize();
        try {
            if (!Files.exists(sti)) {
                gemNy(sti);
            }
            return laes(sti);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo signing key file " + sti + " cannot be read or written", e);
        }
    }

    /** Written whole under a temporary name, then moved into place: a crash never leaves half a key behind. */
    private static void gemNy(Path sti) throws IOException {
        Files.createDirectories(sti.getParent());
        Path midlertidig = Files.createTempFile(sti.getParent(), ".demo-signeringsnoegle", ".tmp", kunEjeren(sti));
        try {
            Files.writeString(midlertidig, ny().toJSONString());
            Files.move(midlertidig, sti);
        } catch (FileAlreadyExistsException e) {
            // Another instance on the same data directory made it first: use theirs.
        } finally {
            Files.deleteIfExists(midlertidig);
        }
    }

    /**
     * RSA rather than EC because every request checks its token: on JDK 17 an RS256 check costs about 0.05 ms and an
     * ES256 check about 1.5 ms, which was 61 % of the service's CPU under load (BENCHMARKS.md, section 6).
     */
    private static RSAKey ny() {
        try {
            return new RSAKeyGenerator(NOEGLELAENGDE).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Every Java platform can make an RSA key", e);
        }
    }

    private static FileAttribute<?>[] kunEjeren(Path sti) {
        if (!sti.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))};
    }

    /** Fails without the parser's message: it could quote the file, and the file is a private key. */
    private static RSAKey laes(Path sti) throws IOException {
        String indhold = Files.readString(sti);
        try {
            if (JWK.parse(indhold) instanceof RSAKey noegle && noegle.isPrivate() && noegle.size() >= NOEGLELAENGDE) {
                return noegle;
            }
        } catch (ParseException e) {
            // answered below
        }
        throw new IllegalStateException("The demo signing key file " + sti + " is not a private RSA key of at least 2048 bits in JWK form. "
                + "Delete it to have a new key made at the next start; tokens signed with the old key then stop working.");
    }
}
