package org.torc.cli.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.torc.identitystore.htpasswd.HtpasswdFile;
import org.torc.identitystore.htpasswd.HtpasswdFormatException;
import org.torc.persistence.DatabaseSettings;
import org.torc.persistence.DatabaseUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code torc-server run}: checks the options, the database and the port, then runs Payara Micro
 * with the Torc WAR until Ctrl-C or SIGTERM.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Starts the server and runs it until Ctrl-C or SIGTERM.",
        footer = {
            "",
            "Environment: DATABASE_URL, TORC_LOG_LEVEL, TORC_LOG (torc.server.auth=debug,...),",
            "RUST_LOG (torc::server::auth=debug), TORC_AUTH_FILE, TORC_DATABASE_PASSWORD,",
            "TORC_SERVER_JAVA_OPTS (JVM options of the server, default -Xms64m -Xmx768m).",
            "",
            "Examples:",
            "  torc-server run",
            "  torc-server run --host 0.0.0.0 --port 0",
            "  torc-server run --database postgresql://postgres@127.0.0.1:5432/torc",
            "  torc-server run --https --tls-cert server.crt --tls-key server.key"
        })
public class RunCommand implements Callable<Integer> {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 listens on every interface.")
    String host;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port to listen on; 0 picks a free port. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--database",
            defaultValue = "${env:DATABASE_URL:-./torc.db}",
            description =
                    "H2 file path, jdbc:postgresql://... or postgresql://user@host:port/db."
                            + " Default: ./torc.db.")
    String database;

    @Option(
            names = "--log-level",
            defaultValue = "${env:TORC_LOG_LEVEL:-info}",
            description = "error, warn, info, debug or trace. Default: info.")
    String logLevel;

    @Option(names = "--https", description = "Serve HTTPS (needs --tls-cert and --tls-key).")
    boolean https;

    @Option(names = "--tls-cert", paramLabel = "FILE", description = "PEM certificate chain.")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE", description = "PEM private key (PKCS#8).")
    Path tlsKey;

    @Option(
            names = "--https-port",
            description = "Serve HTTPS on this port and plain HTTP on --port.")
    Integer httpsPort;

    @Option(
            names = "--auth-file",
            paramLabel = "PATH",
            defaultValue = "${env:TORC_AUTH_FILE}",
            description = "htpasswd file of bcrypt hashes; turns authentication on.")
    Path authFile;

    @Option(
            names = "--require-auth",
            description = "Refuse every request without valid credentials (needs --auth-file).")
    boolean requireAuth;

    @Option(
            names = "--credential-cache-ttl-secs",
            defaultValue = "60",
            description = "Seconds a verified password is remembered; 0 turns it off.")
    int credentialCacheTtlSecs;

    @Option(
            names = "--claim-lease-secs",
            defaultValue = "300",
            description =
                    "Seconds a claimed job may stay pending unstarted before it is offered again"
                            + " (its runner died, or never got the answer); 0 never.")
    long claimLeaseSecs;

    @Override
    public Integer call() throws Exception {
        ServerOptions options = resolve();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            options.database().checkReachable();
        } catch (DatabaseUnavailableException e) {
            err.println("torc-server: " + e.getMessage());
            return 1;
        }
        return new ServerProcess(options, RuntimeFiles.locate(), out, err).run();
    }

    /** Checks the options and resolves defaults; usage errors raise a ParameterException. */
    ServerOptions resolve() throws IOException {
        LogLevels levels = logLevels();
        DatabaseSettings settings = databaseSettings();
        checkAuthentication();
        checkTls();
        int httpPort = choosePort(port, "--port");
        Integer chosenHttpsPort = httpsPort == null ? null : choosePort(httpsPort, "--https-port");
        return new ServerOptions(
                host,
                httpPort,
                chosenHttpsPort,
                https,
                tlsCert,
                tlsKey,
                settings,
                levels,
                authFile,
                requireAuth,
                credentialCacheTtlSecs,
                claimLeaseSecs);
    }

    private LogLevels logLevels() {
        try {
            return LogLevels.of(
                    LogLevels.Level.parse(logLevel),
                    System.getenv("RUST_LOG"),
                    System.getenv("TORC_LOG"));
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private DatabaseSettings databaseSettings() {
        try {
            DatabaseSettings parsed = DatabaseSettings.parse(database);
            String password = System.getenv("TORC_DATABASE_PASSWORD");
            return password == null
                    ? parsed
                    : new DatabaseSettings(parsed.jdbcUrl(), parsed.user(), password);
        } catch (IllegalArgumentException e) {
            throw usage("--database: " + e.getMessage());
        }
    }

    private void checkAuthentication() {
        if (requireAuth && authFile == null) {
            throw usage("--require-auth needs --auth-file (or TORC_AUTH_FILE)");
        }
        if (authFile != null) {
            checkHtpasswdFile();
        }
        if (credentialCacheTtlSecs < 0) {
            throw usage("--credential-cache-ttl-secs must be 0 or more");
        }
        if (claimLeaseSecs < 0) {
            throw usage("--claim-lease-secs must be 0 or more");
        }
    }

    /** A malformed file is refused here, naming the line, before Payara boots. */
    private void checkHtpasswdFile() {
        try {
            HtpasswdFile.load(authFile);
        } catch (HtpasswdFormatException e) {
            throw new ServerStartException(e.getMessage());
        } catch (IOException e) {
            throw new ServerStartException("cannot read htpasswd file " + authFile);
        }
    }

    private void checkTls() {
        if (!https && (tlsCert != null || tlsKey != null || httpsPort != null)) {
            throw usage("--tls-cert, --tls-key and --https-port need --https");
        }
        if (https && (tlsCert == null || tlsKey == null)) {
            throw usage("--https needs --tls-cert FILE and --tls-key FILE");
        }
        for (Path file : new Path[] {tlsCert, tlsKey}) {
            if (file != null && !Files.isReadable(file)) {
                throw new ServerStartException("cannot read " + file);
            }
        }
    }

    /** Port 0 becomes a free port; a port in use is refused before Payara tries it. */
    private int choosePort(int requested, String option) throws IOException {
        if (requested < 0 || requested > 65535) {
            throw usage(option + " must be between 0 and 65535");
        }
        InetAddress address = InetAddress.getByName(host);
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, requested));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new ServerStartException(
                    "port " + requested + " on " + host + " is already in use (" + option + ")");
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
