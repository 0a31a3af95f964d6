package org.torc.cli.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The files a server run needs: the Payara Micro jar and the WAR built beside the launcher, and a
 * run directory with the logging, pre-boot and system-property files written for this run.
 */
final class RuntimeFiles {

    private static final String LISTENERS = "configs.config.server-config.network-config";

    private final Path payaraJar;
    private final Path war;

    private RuntimeFiles(Path payaraJar, Path war) {
        this.payaraJar = payaraJar;
        this.war = war;
    }

    /** Finds {@code runtime/} beside the launcher's jar (or {@code torc.runtime.dir}). */
    static RuntimeFiles locate() {
        Path dir = Path.of(System.getProperty("torc.runtime.dir", launcherDir() + "/runtime"));
        Path jar = dir.resolve("payara-micro.jar");
        Path war = dir.resolve("torc.war");
        for (Path file : List.of(jar, war)) {
            if (!Files.isRegularFile(file)) {
                throw new ServerStartException(
                        file + " is missing; build it with: mvn -q install -DskipTests");
            }
        }
        return new RuntimeFiles(jar, war);
    }

    private static Path launcherDir() {
        try {
            Path location =
                    Path.of(
                            RuntimeFiles.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
            return location.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path payaraJar() {
        return payaraJar;
    }

    Path war() {
        return war;
    }

    /** A fresh directory for one run, outside the system temp dir so Payara does not warn. */
    static Path newRunDirectory() throws IOException {
        Path base = cacheDirectory();
        Files.createDirectories(base);
        return Files.createTempDirectory(base, "server-");
    }

    /** {@code $XDG_CACHE_HOME/torc}, or {@code ~/.cache/torc}. */
    static Path cacheDirectory() {
        String cache = System.getenv("XDG_CACHE_HOME");
        return cache == null || cache.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "torc")
                : Path.of(cache, "torc");
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(RuntimeFiles::deleteQuietly);
        } catch (IOException ignored) {
            // a leftover cache directory is harmless
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover cache file is harmless
        }
    }

    /** Base logging configuration from payara-config plus the levels asked for. */
    static Path writeLogging(Path runDir, LogLevels levels) throws IOException {
        String base;
        try (InputStream in =
                RuntimeFiles.class.getResourceAsStream("/payara-config/logging.properties")) {
            if (in == null) {
                throw new IllegalStateException("payara-config/logging.properties not packaged");
            }
            base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = runDir.resolve("logging.properties");
        Files.writeString(file, base + "\n" + levels.asProperties());
        return file;
    }

    /** asadmin commands applied before boot: listener address, HTTPS key store. */
    static Path writePreBootCommands(Path runDir, ServerOptions options, Path keyStore)
            throws IOException {
        List<String> commands = new ArrayList<>();
        String listeners = LISTENERS + ".network-listeners.network-listener.";
        commands.add("set " + listeners + "http-listener.address=" + options.host());
        if (options.https()) {
            String ssl = LISTENERS + ".protocols.protocol.https-listener.ssl.";
            commands.add("set " + listeners + "https-listener.address=" + options.host());
            commands.add("set " + ssl + "cert-nickname=" + PemKeyStore.ALIAS);
            commands.add("set " + ssl + "key-store=" + keyStore);
            commands.add("set " + ssl + "key-store-type=PKCS12");
            if (!options.servesHttp()) {
                commands.add("set " + listeners + "http-listener.enabled=false");
            }
        }
        Path file = runDir.resolve("pre-boot-commands.txt");
        Files.write(file, commands);
        return file;
    }

    /** The application's settings, in a file so that no secret shows in the process list. */
    static Path writeSystemProperties(Path runDir, Map<String, String> values) throws IOException {
        Properties props = new Properties();
        props.putAll(values);
        Path file = runDir.resolve("system.properties");
        try (var out = Files.newBufferedWriter(file)) {
            props.store(out, "torc-server run");
        }
        return file;
    }

    /** A random password for the run's key store; the store lives only as long as the run. */
    static char[] randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }
}
