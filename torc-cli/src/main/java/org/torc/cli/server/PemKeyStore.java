package org.torc.cli.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a PEM certificate chain and private key, as operators get them from their certificate
 * authority, into the PKCS#12 key store that Payara's HTTPS listener reads.
 *
 * <p>Keys must be PKCS#8 ({@code BEGIN PRIVATE KEY}), RSA or EC; {@code openssl pkcs8 -topk8
 * -nocrypt} converts older formats. Encrypted keys are refused with that hint.
 */
final class PemKeyStore {

    static final String ALIAS = "torc";

    private static final Pattern BLOCK =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private PemKeyStore() {}

    /** Writes {@code target} holding the key and chain under alias {@value #ALIAS}. */
    static void write(Path certFile, Path keyFile, Path target, char[] password)
            throws IOException {
        try {
            List<Certificate> chain = certificates(certFile);
            PrivateKey key = privateKey(keyFile);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, password, chain.toArray(new Certificate[0]));
            try (OutputStream out = Files.newOutputStream(target)) {
                store.store(out, password);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot build a key store from the PEM files: " + e.getMessage());
        }
    }

    private static List<Certificate> certificates(Path file)
            throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<Certificate> chain = new ArrayList<>();
        for (byte[] der : blocks(file, "CERTIFICATE")) {
            chain.add(factory.generateCertificate(new ByteArrayInputStream(der)));
        }
        if (chain.isEmpty()) {
            throw new IOException(file + ": no PEM certificate found");
        }
        return chain;
    }

    private static PrivateKey privateKey(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        if (text.contains("ENCRYPTED PRIVATE KEY")) {
            throw new IOException(file + ": encrypted keys are not supported; decrypt it first");
        }
        List<byte[]> keys = blocks(file, "PRIVATE KEY");
        if (keys.isEmpty()) {
            throw new IOException(
                    file
                            + ": no PKCS#8 private key found (convert with: openssl pkcs8 -topk8"
                            + " -nocrypt -in KEY -out KEY.pk8)");
        }
        for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(algorithm)
                        .generatePrivate(new PKCS8EncodedKeySpec(keys.get(0)));
            } catch (GeneralSecurityException tryNext) {
                // the key belongs to another algorithm
            }
        }
        throw new IOException(file + ": unsupported private key algorithm");
    }

    private static List<byte[]> blocks(Path file, String type) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        Matcher matcher = BLOCK.matcher(text);
        List<byte[]> blocks = new ArrayList<>();
        while (matcher.find()) {
            if (matcher.group(1).equals(type)) {
                blocks.add(Base64.getMimeDecoder().decode(matcher.group(2)));
            }
        }
        return blocks;
    }
}
