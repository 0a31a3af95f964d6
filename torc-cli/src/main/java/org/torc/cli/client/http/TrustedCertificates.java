package org.torc.cli.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context for {@code --ca-cert FILE}: trusts exactly the certificates in the PEM file (a
 * server's self-signed certificate, or the CA that signed it) and nothing else.
 *
 * <p>Host names are still verified: the certificate must name the host of the URL.
 */
public final class TrustedCertificates {

    private TrustedCertificates() {}

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
