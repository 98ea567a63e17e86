package dk.samtaleregister.idempotens.web;

import dk.samtaleregister.adgang.application.Kald;
import dk.samtaleregister.adgang.domain.Kalder;
import dk.samtaleregister.faelles.domain.Afvist;
import dk.samtaleregister.faelles.domain.Fejlkode;
import dk.samtaleregister.idempotens.persistence.Idempotensnoegler.GemtSvar;
import dk.samtaleregister.idempotens.persistence.Idempotensnoegler;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UrlPathHelper;

/**
 * Makes a POST or PUT with an {@code Idempotency-Key} safe to retry. The key, the write and the answer commit in one
 * transaction: the key row is inserted first (a concurrent request with the same key waits on it), the request runs
 * inside that transaction (the services' {@code @Transactional} join it), and the answer is stored before the commit.
 * A crash anywhere before the commit leaves neither the write nor the key, so a retry runs the request afresh; after
 * the commit a retry gets the stored answer. The answer reaches the client only after the commit.
 *
 * <p>Only a successful answer (2xx) keeps the key. Anything else rolls the whole transaction back, the key included,
 * so a client can correct its request or its data and retry with the same key; a 5xx is never replayed.
 */
class IdempotensFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String GENTAGET_HEADER = "Idempotent-Replayed";
    static final int MAKS_LAENGDE = 255;

    /** POST endpoints that change nothing: a retry is already harmless, and their answers (personal data) are not kept. */
    static final Set<String> UDEN_SIDEVIRKNINGER = Set.of("/api/v1/samtaler/soeg", "/api/v1/samtaler/proeve", "/api/v1/samtaler/muligheder",
            "/api/v1/borgere/opslag", "/api/v1/kontaktforloeb", "/api/v1/audit/soeg", "/api/v1/demo/token");

    /** The answer headers a replay gives back; the rest (Date, Content-Length) belong to the moment of sending. */
    private static final List<String> GENTAGNE_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, HttpHeaders.CONTENT_TYPE);

    private final Idempotensnoegler noegler;
    private final TransactionTemplate transaktion;
    private final HandlerExceptionResolver fejlsvar;

    IdempotensFilter(Idempotensnoegler noegler, PlatformTransactionManager transaktioner, HandlerExceptionResolver fejlsvar) {
        this.noegler = noegler;
        this.transaktion = new TransactionTemplate(transaktioner);
        this.fejlsvar = fejlsvar;
    }

    /** Whether a request with this method and path (without context path) is covered: every write under /api/v1. */
    static boolean omfatter(String metode, String sti) {
        return ("POST".equals(metode) || "PUT".equals(metode)) && sti.startsWith("/api/v1/") && !UDEN_SIDEVIRKNINGER.contains(sti);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest anmodning) {
        // Decoded as MVC decodes it when it routes, so that "/api/v1/samtaler/so%65g" is the search it reaches.
        String sti = UrlPathHelper.defaultInstance.getPathWithinApplication(anmodning);
        return anmodning.getHeader(HEADER) == null || !omfatter(anmodning.getMethod(), sti);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest anmodning, HttpServletResponse svar, FilterChain kaede)
            throws ServletException, IOException {
        List<String> vaerdier = Collections.list(anmodning.getHeaders(HEADER));
        if (vaerdier.size() != 1 || !gyldig(vaerdier.get(0))) {
            svarMedFejl(anmodning, svar, Afvist.af(Fejlkode.UGYLDIG_IDEMPOTENSNOEGLE));
            return;
        }
        String noegle = kalderensNoegle(anmodning, vaerdier.get(0));
        Hashet krop = strommes(UrlPathHelper.defaultInstance.getPathWithinApplication(anmodning))
                ? new StroemmetAnmodning(anmodning) : new GenlaestAnmodning(anmodning);
        ContentCachingResponseWrapper fanget = new ContentCachingResponseWrapper(svar);

        GemtSvar tidligere;
        try {
            tidligere = transaktion.execute(status -> {
                while (!noegler.reserver(noegle, krop.foreloebigHash())) {
                    // Taken by a committed request. Absent again only if the clean-up deleted it meanwhile: take it anew.
                    var gemt = noegler.hent(noegle);
                    if (gemt.isPresent()) {
                        if (!MessageDigest.isEqual(gemt.get().anmodningHash(), krop.hash())) {
                            throw Afvist.af(Fejlkode.IDEMPOTENSNOEGLE_GENBRUGT);
                        }
                        return gemt.get();
                    }
                }
                koer(kaede, krop.anmodning(), fanget);
                if (fanget.getStatus() / 100 != 2) {
                    status.setRollbackOnly();
                    return null;
                }
                noegler.gem(noegle, krop.hash(), fanget.getStatus(), headers(fanget), fanget.getContentAsByteArray());
                return null;
            });
        } catch (KaedeFejl fejl) {
            fejl.kast();
            return;
        } catch (RuntimeException fejl) {
            // Nothing is committed: neither the write nor the key. Answer as any failed request, never with the
            // 2xx the request produced inside the rolled-back transaction.
            svarMedFejl(anmodning, svar, fejl);
            return;
        }
        if (tidligere == null) {
            fanget.copyBodyToResponse();
        } else {
            gentag(tidligere, svar);
        }
    }

    /**
     * The key as stored: scoped to the caller (authority and ident), so that a caller can never be answered with
     * another caller's stored answer, nor learn that another caller used the same key.
     */
    private static String kalderensNoegle(HttpServletRequest anmodning, String noegle) {
        if (!(anmodning.getAttribute(Kald.class.getName()) instanceof Kald kald)) {
            // The audit filter makes a Kald for every authenticated request under /api/v1; nothing else gets here.
            throw new IllegalStateException("An Idempotency-Key without an authenticated caller");
        }
        Kalder kalder = kald.kalder();
        return kalder.myndighed().type().name() + ":" + kalder.myndighed().kode() + ":" + kalder.ident() + " " + noegle;
    }

    /** 1-255 visible ASCII characters (0x21-0x7E), the shape of a UUID or any opaque token. */
    static boolean gyldig(String noegle) {
        return !noegle.isEmpty() && noegle.length() <= MAKS_LAENGDE && noegle.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
    }

    /** A bulk import streams its file: never held whole in memory, it is hashed while it is read. */
    static boolean strommes(String sti) {
        return sti.startsWith("/api/v1/import/");
    }

    /**
     * The request, as far as it decides what is stored: method, path and query, the version it builds on (If-Match)
     * and, after what this digest is given, the body bytes. Kept as a hash only.
     */
    private static MessageDigest hoved(HttpServletRequest anmodning) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String query = anmodning.getQueryString();
            String ifMatch = anmodning.getHeader(HttpHeaders.IF_MATCH);
            String hoved = anmodning.getMethod() + "\n" + anmodning.getRequestURI() + (query == null ? "" : "?" + query) + "\n"
                    + (ifMatch == null ? "" : ifMatch) + "\n";
            sha256.update(hoved.getBytes(StandardCharsets.UTF_8));
            return sha256;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** The request as the chain reads it, and its hash. */
    private interface Hashet {

        HttpServletRequest anmodning();

        /** What the key is taken with: the hash if it is known before the request runs. */
        byte[] foreloebigHash();

        /** The whole request's hash; a streamed body not yet read to its end is read (and thrown away) first. */
        byte[] hash();
    }

    private static void koer(FilterChain kaede, HttpServletRequest anmodning, HttpServletResponse svar) {
        try {
            kaede.doFilter(anmodning, svar);
        } catch (IOException | ServletException e) {
            throw new KaedeFejl(e);
        }
    }

    private static Map<String, String> headers(HttpServletResponse svar) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String navn : GENTAGNE_HEADERS) {
            String vaerdi = navn.equals(HttpHeaders.CONTENT_TYPE) ? svar.getContentType() : svar.getHeader(navn);
            if (vaerdi != null) {
                headers.put(navn, vaerdi);
            }
        }
        return headers;
    }

    private static void gentag(GemtSvar gemt, HttpServletResponse svar) throws IOException {
        svar.setStatus(gemt.status());
        gemt.headers().forEach(svar::setHeader);
        svar.setHeader(GENTAGET_HEADER, "true");
        byte[] krop = gemt.krop() == null ? new byte[0] : gemt.krop();
        svar.setContentLength(krop.length);
        svar.getOutputStream().write(krop);
        svar.flushBuffer();
    }

    /** The service's one error format, written by the same handler as every other error. */
    private void svarMedFejl(HttpServletRequest anmodning, HttpServletResponse svar, RuntimeException fejl) {
        if (svar.isCommitted()) {
            throw fejl;
        }
        svar.reset();
        if (fejlsvar.resolveException(anmodning, svar, null, fejl) == null) {
            throw fejl;
        }
    }

    /** Carries a checked exception from the filter chain out through the transaction callback, which rolls back. */
    private static final class KaedeFejl extends RuntimeException {

        KaedeFejl(Exception aarsag) {
            super(aarsag);
        }

        void kast() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }

    /**
     * A streamed request: the body is hashed as the chain reads it. The key is taken with a placeholder, seen by no
     * other request (it waits on the key until this transaction ends), and stored with the real hash.
     */
    private static final class StroemmetAnmodning extends HttpServletRequestWrapper implements Hashet {

        private final MessageDigest sha256;
        private final DigestInputStream kilde;

        StroemmetAnmodning(HttpServletRequest anmodning) throws IOException {
            super(anmodning);
            this.sha256 = hoved(anmodning);
            this.kilde = new DigestInputStream(anmodning.getInputStream(), sha256);
        }

        @Override
        public HttpServletRequest anmodning() {
            return this;
        }

        @Override
        public byte[] foreloebigHash() {
            return new byte[32];
        }

        @Override
        public byte[] hash() {
            try {
                kilde.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return sha256.digest();
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener lytter) {
                    throw new UnsupportedOperationException("The body is read as it streams");
                }

                @Override
                public int read() throws IOException {
                    return kilde.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return kilde.read(b, off, len);
                }
            };
        }
    }

    /** The request with its body already read (for the hash), so that the controller can read it again. */
    private static final class GenlaestAnmodning extends HttpServletRequestWrapper implements Hashet {

        private final byte[] krop;
        private final byte[] hash;

        GenlaestAnmodning(HttpServletRequest anmodning) throws IOException {
            super(anmodning);
            this.krop = anmodning.getInputStream().readAllBytes();
            this.hash = hoved(anmodning).digest(krop);
        }

        @Override
        public HttpServletRequest anmodning() {
            return this;
        }

        @Override
        public byte[] foreloebigHash() {
            return hash;
        }

        @Override
        public byte[] hash() {
            return hash;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream kilde = new ByteArrayInputStream(krop);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return kilde.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener lytter) {
                    throw new UnsupportedOperationException("The body is already read");
                }

                @Override
                public int read() {
                    return kilde.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return kilde.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String tegnsaet = getCharacterEncoding();
            Charset charset = tegnsaet == null ? StandardCharsets.UTF_8 : Charset.forName(tegnsaet);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return krop.length;
        }

        @Override
        public long getContentLengthLong() {
            return krop.length;
        }
    }
}
