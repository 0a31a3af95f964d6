package org.torc.cli.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context for {@code --ca-cert FILE}: trusts exactly the certificates in the PEM file (a
 * server's self-signed certificate, or the CA that signed it) and nothing else.
 *
 * <p>Host names are still verified: the certificate must name the host of the URL. Plain {@code
 * http://} URLs get a stand-in context that refuses every use ({@link #none()}).
 */
public final class TrustedCertificates {

    private TrustedCertificates() {}

    /**
     * A context for plain {@code http://} servers, where TLS is never used: the HTTP client wants
     * one, and even an empty real one (provider look-up, default parameters) costs a noticeable
     * part of a short command's run. Using it for TLS fails; give the client {@link
     * #unusedParameters()} with it so that it does not ask the context for its defaults.
     */
    public static SSLContext none() {
        return new Unused();
    }

    /** True for the context {@link #none()} makes. */
    public static boolean isNone(SSLContext context) {
        return context instanceof Unused;
    }

    /** TLS parameters to go with {@link #none()}: never used either. */
    public static SSLParameters unusedParameters() {
        return new SSLParameters();
    }

    /** A context trusting the certificates in {@code pemFile}. */
    public static SSLContext from(Path pemFile) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (Certificate certificate : read(pemFile)) {
                store.setCertificateEntry("trusted-" + n++, certificate);
            }
            TrustManagerFactory trust =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new ApiException(
                    ApiException.Kind.TLS,
                    "cannot use --ca-cert " + pemFile + ": " + e.getMessage(),
                    e);
        }
    }

    /** A TLS context that refuses every use. */
    private static final class Unused extends SSLContext {
        Unused() {
            super(new Refusing(), null, "none");
        }
    }

    private static final class Refusing extends SSLContextSpi {

        private static UnsupportedOperationException refused() {
            return new UnsupportedOperationException("no TLS for an http:// URL");
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) {
            throw refused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }
    }

    private static Collection<? extends Certificate> read(Path pemFile)
            throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> certificates =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new GeneralSecurityException("no certificate in the file");
            }
            return certificates;
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(pemFile + " does not exist");
        }
    }
}
