package org.torc.cli.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.Proxy;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import sun.misc.Signal;

/**
 * One run of Payara Micro with the Torc WAR: started, watched until it answers, stopped cleanly.
 *
 * <p>The server's output passes through here so that only log records reach the operator: stray
 * lines that Payara prints outside its logger, and stack traces, are shown only when a torc logger
 * is at debug or finer.
 */
final class ServerProcess {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern RECORD_START =
            Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\S+ (\\w+) (\\S+) .*");
    private static final String DEFAULT_JAVA_OPTS = "-Xms64m -Xmx768m -XX:+UseSerialGC";

    private final ServerOptions options;
    private final RuntimeFiles runtime;
    private final PrintWriter out;
    private final PrintWriter err;
    private volatile boolean stopRequested;
    private volatile boolean deploymentFailed;

    ServerProcess(ServerOptions options, RuntimeFiles runtime, PrintWriter out, PrintWriter err) {
        this.options = options;
        this.runtime = runtime;
        this.out = out;
        this.err = err;
    }

    /** Runs the server until it stops; answers the launcher's exit code. */
    int run() throws IOException, InterruptedException {
        Path runDir = RuntimeFiles.newRunDirectory();
        ClassDataArchive archive =
                ClassDataArchive.forRun(
                        RuntimeFiles.cacheDirectory(), runDir, runtime.payaraJar(), javaOptions());
        try {
            Process process = start(runDir, archive);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "torc-stop"));
            onStopSignal(process);
            Thread pump = pumpOutput(process);
            if (!awaitReady(process)) {
                pump.join(2000);
                err.println("torc-server: the server did not start; see the log above");
                stop(process);
                return 1;
            }
            out.println("Torc server is ready at " + options.baseUrl() + listeningNote());
            out.flush();
            int code = process.waitFor();
            pump.join(2000);
            if (archive != null) {
                archive.keepRecording();
            }
            return code == 0 || stopRequested ? 0 : 1;
        } finally {
            RuntimeFiles.deleteRecursively(runDir);
        }
    }

    private String listeningNote() {
        boolean everywhere = options.host().equals("0.0.0.0") || options.host().equals("::");
        return everywhere ? " (listening on every interface)" : "";
    }

    /**
     * Ctrl-C and SIGTERM stop the server and then the launcher with exit code 0, rather than the
     * JVM's 130 or 143, so service managers see a clean stop.
     */
    private void onStopSignal(Process process) {
        for (String name : List.of("TERM", "INT")) {
            Signal.handle(
                    new Signal(name),
                    signal -> {
                        stopRequested = true;
                        new Thread(() -> stop(process), "torc-stop-" + name).start();
                    });
        }
    }

    private Process start(Path runDir, ClassDataArchive archive) throws IOException {
        char[] storePassword = RuntimeFiles.randomPassword();
        Path keyStore = runDir.resolve("keystore.p12");
        if (options.https()) {
            PemKeyStore.write(options.tlsCert(), options.tlsKey(), keyStore, storePassword);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions());
        if (archive != null) {
            command.addAll(archive.javaOptions());
        }
        if (options.https()) {
            command.add("-Djavax.net.ssl.keyStore=" + keyStore);
            command.add("-Djavax.net.ssl.keyStorePassword=" + new String(storePassword));
            command.add("-Djavax.net.ssl.keyStoreType=PKCS12");
        }
        command.addAll(payaraArguments(runDir, keyStore));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("RUST_LOG");
        return builder.start();
    }

    private static List<String> javaOptions() {
        String configured = System.getenv("TORC_SERVER_JAVA_OPTS");
        String opts = configured == null || configured.isBlank() ? DEFAULT_JAVA_OPTS : configured;
        return Arrays.asList(opts.strip().split("\\s+"));
    }

    private List<String> payaraArguments(Path runDir, Path keyStore) throws IOException {
        List<String> args = new ArrayList<>();
        args.addAll(List.of("-jar", runtime.payaraJar().toString()));
        args.addAll(List.of("--nohazelcast", "--disablephonehome"));
        args.addAll(List.of("--deploy", runtime.war().toString(), "--contextroot", "/"));
        args.addAll(List.of("--rootdir", runDir.resolve("payara").toString()));
        args.addAll(List.of("--port", Integer.toString(options.port())));
        if (options.https()) {
            args.addAll(List.of("--sslport", Integer.toString(options.effectiveHttpsPort())));
            args.addAll(List.of("--sslcert", PemKeyStore.ALIAS));
        }
        Path logging = RuntimeFiles.writeLogging(runDir, options.logLevels());
        Path preBoot = RuntimeFiles.writePreBootCommands(runDir, options, keyStore);
        Path props = RuntimeFiles.writeSystemProperties(runDir, options.systemProperties());
        args.addAll(List.of("--logproperties", logging.toString()));
        args.addAll(List.of("--prebootcommandfile", preBoot.toString()));
        args.addAll(List.of("--systemproperties", props.toString()));
        return args;
    }

    /** Copies log records to standard error; continuation lines only when verbose. */
    private Thread pumpOutput(Process process) {
        boolean verbose = options.logLevels().isVerbose();
        Thread pump =
                new Thread(
                        () -> {
                            try (BufferedReader lines =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    process.getInputStream(),
                                                    StandardCharsets.UTF_8))) {
                                String line;
                                while ((line = lines.readLine()) != null) {
                                    deploymentFailed |= isDeploymentFailure(line);
                                    if (verbose || isForOperators(line)) {
                                        err.println(line);
                                        err.flush();
                                    }
                                }
                            } catch (IOException ignored) {
                                // the server closed its output: it is stopping
                            }
                        },
                        "torc-server-log");
        pump.setDaemon(true);
        pump.start();
        return pump;
    }

    /**
     * A log record from torc at any level, or from Payara at WARNING or above; Payara's INFO
     * records describe its own start and are noise to an operator of this server.
     */
    static boolean isForOperators(String line) {
        Matcher record = RECORD_START.matcher(line);
        if (!record.matches()) {
            return false;
        }
        return record.group(2).startsWith("torc")
                || record.group(1).equals("WARNING")
                || record.group(1).equals("SEVERE");
    }

    /**
     * Payara Micro keeps running when the application fails to deploy (a database that went away
     * after the launcher checked it, say), so the launcher watches for the record that says so.
     */
    static boolean isDeploymentFailure(String line) {
        return RECORD_START.matcher(line).matches()
                && (line.contains("Exception while loading the app")
                        || line.contains(" torc.server Refusing to start"));
    }

    private boolean awaitReady(Process process) throws InterruptedException {
        SSLSocketFactory tls =
                options.https() ? trustingServedCertificate().getSocketFactory() : null;
        URL ping = pingUrl();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive() && !deploymentFailed) {
            if (answers(ping, tls)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private URL pingUrl() {
        try {
            return URI.create(options.baseUrl() + "/ping").toURL();
        } catch (MalformedURLException e) {
            throw new ServerStartException("cannot make a URL of " + options.baseUrl());
        }
    }

    /**
     * One ping over {@link HttpURLConnection}, which leaves no thread behind; the JDK's {@code
     * java.net.http} client would cost the launcher CPU while Payara boots, and 300 ms at exit.
     */
    private static boolean answers(URL ping, SSLSocketFactory tls) {
        try {
            HttpURLConnection connection = (HttpURLConnection) ping.openConnection(Proxy.NO_PROXY);
            if (tls != null) {
                ((HttpsURLConnection) connection).setSSLSocketFactory(tls);
            }
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(5000);
            int status = connection.getResponseCode();
            connection.disconnect();
            // 401 means the server is up and requires authentication.
            return status == 200 || status == 401;
        } catch (IOException notYet) {
            return false;
        }
    }

    private SSLContext trustingServedCertificate() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            var factory = java.security.cert.CertificateFactory.getInstance("X.509");
            try (var in = java.nio.file.Files.newInputStream(options.tlsCert())) {
                int i = 0;
                for (var cert : factory.generateCertificates(in)) {
                    trust.setCertificateEntry("served-" + i++, cert);
                }
            }
            TrustManagerFactory managers =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            managers.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, managers.getTrustManagers(), null);
            return context;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new ServerStartException("cannot read " + options.tlsCert() + ": " + e);
        }
    }

    /** SIGTERM, so Payara undeploys and the database closes; SIGKILL only if that hangs. */
    private void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                err.println("torc-server: the server did not stop in time; killing it");
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
