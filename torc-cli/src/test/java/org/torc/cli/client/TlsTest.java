package org.torc.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** https with a self-signed certificate, made by the JDK's keytool for each run. */
class TlsTest {

    private static final String PASSWORD = "changeit";

    @TempDir static Path dir;
    private static StubServer server;
    private static Path certificate;

    @BeforeAll
    static void startServer() throws Exception {
        Path keystore = dir.resolve("server.p12");
        certificate = dir.resolve("server.pem");
        keytool(
                "-genkeypair",
                "-alias",
                "torc",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=127.0.0.1",
                "-ext",
                "SAN=ip:127.0.0.1,dns:localhost",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                PASSWORD,
                "-keypass",
                PASSWORD);
        keytool(
                "-exportcert",
                "-rfc",
                "-alias",
                "torc",
                "-keystore",
                keystore.toString(),
                "-storepass",
                PASSWORD,
                "-file",
                certificate.toString());
        server = StubServer.startTls(serverContext(keystore));
        server.on("GET", "/ping", 200, "{\"status\":\"ok\"}");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static void keytool(String... args) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }

    private static SSLContext serverContext(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys =
                KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    @Test
    void theCaCertFlagTrustsASelfSignedServer() {
        Cli.Result result =
                Cli.withUrl(server.url()).run("--ca-cert", certificate.toString(), "ping");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains(": ok"), result.out());
    }

    @Test
    void theCaCertVariableWorksToo() {
        Cli.Result result =
                Cli.withUrl(server.url()).env("TORC_CA_CERT", certificate.toString()).run("ping");

        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void withoutTheCertificateTheErrorSaysHowToTrustIt() {
        Cli.Result result = Cli.withUrl(server.url()).run("ping");

        assertEquals(1, result.exitCode());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("--ca-cert"), result.err());
    }

    @Test
    void aMissingCertificateFileIsOneLine() {
        Cli.Result result =
                Cli.withUrl(server.url())
                        .run("--ca-cert", dir.resolve("none.pem").toString(), "ping");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith("torc: cannot use --ca-cert"), result.err());
    }
}
