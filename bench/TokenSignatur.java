import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

/**
 * What checking one token's signature costs in this JVM, by the JDK's own providers (the ones Nimbus JOSE, and so
 * the service's JwtDecoder, ends up calling): ES256 (ECDSA P-256 with SHA-256, the demo mode's tokens until 98ddc3f)
 * against RS256 (RSA 2048 with SHA-256, the demo mode's tokens since, and a common identity-provider default). A plain
 * timed loop, not JMH: each round verifies the same signature over a token-sized message N times on one thread;
 * the first rounds include the JIT's warm-up (RSA needs a few thousand verifications). See BENCHMARKS.md section 6.
 *
 *   java bench/TokenSignatur.java [N] [ROUNDS]     # single-file source launch, JDK 11 or newer
 */
public class TokenSignatur {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        byte[] message = new byte[400]; // a JWT's header.payload is a few hundred bytes
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        System.out.printf("%s %s, %d cores, %d verifications per round%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), n);
        measure("ES256 (SHA256withECDSA, P-256)", "SHA256withECDSA", ec.generateKeyPair(), message, n, rounds);
        measure("RS256 (SHA256withRSA, 2048)", "SHA256withRSA", rsa.generateKeyPair(), message, n, rounds);
    }

    private static void measure(String name, String algorithm, KeyPair keys, byte[] message, int n, int rounds) throws Exception {
        Signature signer = Signature.getInstance(algorithm);
        signer.initSign(keys.getPrivate());
        signer.update(message);
        byte[] signature = signer.sign();
        StringBuilder line = new StringBuilder(name).append(": ms per verification, round by round:");
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                Signature verifier = Signature.getInstance(algorithm);
                verifier.initVerify(keys.getPublic());
                verifier.update(message);
                if (!verifier.verify(signature)) {
                    throw new IllegalStateException("the signature did not verify");
                }
            }
            line.append(String.format(" %.3f", (System.nanoTime() - start) / 1e6 / n));
        }
        System.out.println(line);
    }
}
