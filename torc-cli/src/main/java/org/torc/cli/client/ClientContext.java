package org.torc.cli.client;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.torc.cli.client.http.CredentialSource;
import org.torc.cli.client.http.Credentials;
import org.torc.cli.client.http.Terminal;
import org.torc.cli.client.http.TorcApi;
import org.torc.cli.client.http.TrustedCertificates;

/**
 * What every command needs: the server (built on first use from the global options and the
 * environment), the output, and the settings a run depends on.
 */
public final class ClientContext {

    /** The server's address when neither {@code --url} nor {@code TORC_API_URL} is given. */
    public static final String DEFAULT_URL = "http://localhost:8080/torc-service/v1";

    private static final Logger CLIENT_LOG = Logger.getLogger("org.torc.cli.client");

    private final TorcCommand options;
    private final Map<String, String> environment;
    private final Terminal terminal;
    private final PrintWriter out;
    private final PrintWriter err;
    private TorcApi api;

    ClientContext(
            TorcCommand options,
            Map<String, String> environment,
            Terminal terminal,
            PrintWriter out,
            PrintWriter err) {
        this.options = options;
        this.environment = environment;
        this.terminal = terminal;
        this.out = out;
        this.err = err;
        configureLogging();
    }

    /** The server, connected with the credentials and certificate the options name. */
    public TorcApi api() {
        if (api == null) {
            URI url = url();
            api = new TorcApi(url, credentials(), tls());
        }
        return api;
    }

    public Output output() {
        return new Output(out, options.format);
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    public Terminal terminal() {
        return terminal;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public boolean isDebug() {
        return options.logLevel.level().intValue() <= Level.FINE.intValue();
    }

    /** Whose workflows these are: the authenticated user, else {@code $USER}. */
    public String user() {
        return api().username()
                .orElseGet(() -> environment.getOrDefault("USER", System.getProperty("user.name")));
    }

    private URI url() {
        String text = options.url != null ? options.url : environment.get("TORC_API_URL");
        if (text == null || text.isBlank()) {
            text = DEFAULT_URL;
        }
        try {
            URI uri = new URI(text.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())
                    || uri.getHost() == null) {
                throw new URISyntaxException(text, "not an http:// or https:// URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CommandFailure(
                    "the server URL '"
                            + text
                            + "' is not valid: give an http:// or https:// URL"
                            + " ending in /torc-service/v1");
        }
    }

    private Optional<Credentials> credentials() {
        try {
            return CredentialSource.resolve(
                    options.username, options.password, environment, terminal);
        } catch (CredentialSource.MissingPassword e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    private SSLContext tls() {
        Path file = options.caCert;
        if (file == null && environment.get("TORC_CA_CERT") != null) {
            file = Path.of(environment.get("TORC_CA_CERT"));
        }
        if (file != null) {
            return TrustedCertificates.from(file);
        }
        return null;
    }

    private void configureLogging() {
        for (Handler handler : CLIENT_LOG.getHandlers()) {
            CLIENT_LOG.removeHandler(handler);
        }
        Level level = options.logLevel.level();
        CLIENT_LOG.setLevel(level);
        CLIENT_LOG.setUseParentHandlers(false);
        Handler handler = new LineHandler(err);
        handler.setLevel(level);
        CLIENT_LOG.addHandler(handler);
    }

    /** Writes log records as single lines to the command's error stream. */
    private static final class LineHandler extends Handler {
        private final PrintWriter err;

        LineHandler(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            String message = new java.util.logging.SimpleFormatter().formatMessage(record);
            err.println("torc " + record.getLevel().getName().toLowerCase() + ": " + message);
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(err);
            }
            err.flush();
        }

        @Override
        public void flush() {
            err.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
