package dk.samtaleregister.adgang.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
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
 * The demo mode's signing key (EC P-256, ES256): made on the first start and kept in a file as a JWK, so that
 * tokens outlive a restart. Readable by the owner only, where the file system knows owners.
 */
final class Demonoegle {

    private Demonoegle() {
    }

    static ECKey hentEllerLav(Path fil) {
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

    private static ECKey ny() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Every Java platform can make an EC P-256 key", e);
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
    private static ECKey laes(Path sti) throws IOException {
        String indhold = Files.readString(sti);
        try {
            if (JWK.parse(indhold) instanceof ECKey noegle && noegle.isPrivate() && Curve.P_256.equals(noegle.getCurve())) {
                return noegle;
            }
        } catch (ParseException e) {
            // answered below
        }
        throw new IllegalStateException("The demo signing key file " + sti + " is not a private EC P-256 key in JWK form. "
                + "Delete it to have a new key made at the next start; tokens signed with the old key then stop working.");
    }
}
