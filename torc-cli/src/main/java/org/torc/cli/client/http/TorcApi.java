package org.torc.cli.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

/**
 * The torc REST service at one base URL ({@code .../torc-service/v1}), spoken in JSON trees.
 *
 * <p>Every failure becomes an {@link ApiException} with one line that names the URL and says what
 * to do; 401 answers say whether credentials were sent and for whom.
 */
public final class TorcApi {

    private static final Logger LOG = Logger.getLogger(TorcApi.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(10);

    static {
        // A POST that failed in flight is reported rather than sent again behind the caller's
        // back: a claim or a completion must not happen twice. The job runner retries on its own.
        if (System.getProperty("sun.net.http.retryPost") == null) {
            System.setProperty("sun.net.http.retryPost", "false");
        }
    }

    /** Records asked for per page; the contract's own recommendation for bulk transfers. */
    public static final int PAGE_SIZE = 10_000;

    private final URI base;
    private final SSLSocketFactory tlsSockets;
    private final String authorization;
    private final String username;

    /** {@code tls} null: the JVM's default trust for {@code https}, and none needed for http. */
    public TorcApi(URI base, Optional<Credentials> credentials, SSLContext tls) {
        this.base = withoutTrailingSlash(base);
        this.tlsSockets = tls == null ? null : tls.getSocketFactory();
        this.authorization = credentials.map(Credentials::authorizationHeader).orElse(null);
        this.username = credentials.map(Credentials::username).orElse(null);
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    /** The base URL, for messages and for jobs' {@code TORC_API_URL}. */
    public URI base() {
        return base;
    }

    /** The user whose credentials are sent, if any. */
    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    /** A mapper for request bodies; made on first use, as short commands need none. */
    public ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    public JsonNode get(String path, Query query) {
        return send("GET", path + query, null);
    }

    public JsonNode get(String path) {
        return get(path, Query.of());
    }

    public JsonNode post(String path, Query query, Object body) {
        return send("POST", path + query, body);
    }

    public JsonNode post(String path, Object body) {
        return post(path, Query.of(), body);
    }

    public JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    public JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    /** Every item of a paginated list, fetched a page at a time. */
    public List<JsonNode> list(String path, Query query) {
        List<JsonNode> items = new ArrayList<>();
        forEachItem(path, query, items::add);
        return items;
    }

    /** Calls {@code action} with every item of a paginated list, a page at a time. */
    public void forEachItem(String path, Query query, Consumer<JsonNode> action) {
        String separator = query.toString().isEmpty() ? "?" : "&";
        long offset = 0;
        while (true) {
            String page = path + query + separator + "offset=" + offset + "&limit=" + PAGE_SIZE;
            JsonNode response = send("GET", page, null);
            JsonNode items = response.path("items");
            items.forEach(action);
            if (!response.path("has_more").asBoolean(false) || items.isEmpty()) {
                return;
            }
            offset += items.size();
        }
    }

    /** The number of records a paginated list holds, without fetching them. */
    public long count(String path, Query query) {
        String separator = query.toString().isEmpty() ? "?" : "&";
        JsonNode response = send("GET", path + query + separator + "offset=0&limit=1", null);
        return response.path("total_count").asLong(response.path("count").asLong());
    }

    private JsonNode send(String method, String path, Object body) {
        URI uri = URI.create(base + path);
        boolean bodiless = body == null && !method.equals("POST") && !method.equals("PUT");
        byte[] content = bodiless ? null : bytes(body);
        long start = System.nanoTime();
        Answer answer = exchange(method, uri, content);
        LOG.log(
                Level.FINE,
                "{0} {1} -> {2} in {3} ms",
                new Object[] {method, uri, answer.status, elapsedMillis(start)});
        return interpret(answer, uri);
    }

    /** A status and the body as text; what this client needs of an HTTP response. */
    private record Answer(int status, String body) {}

    private byte[] bytes(Object body) {
        if (body instanceof byte[]) {
            return (byte[]) body;
        }
        try {
            return mapper().writeValueAsBytes(
                            body == null ? JsonNodeFactory.instance.objectNode() : body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body", e);
        }
    }

    /**
     * One request over {@link HttpURLConnection}, which keeps connections alive between requests
     * and leaves no thread of its own behind: the JDK's {@code java.net.http} client keeps one
     * waiting in native code, and a JVM leaving with such a thread waits 300 ms for it.
     */
    private Answer exchange(String method, URI uri, byte[] content) {
        HttpURLConnection connection = open(uri, method, content != null);
        try {
            connect(connection, uri);
            if (content != null) {
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(content);
                }
            }
            int status = connection.getResponseCode();
            return new Answer(status, readBody(connection, status));
        } catch (SocketTimeoutException e) {
            throw unreachable(
                    uri, "no answer within " + REQUEST_TIMEOUT.toMinutes() + " minutes", e);
        } catch (IOException e) {
            throw failed(uri, e);
        }
    }

    private HttpURLConnection open(URI uri, String method, boolean hasContent) {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            if (connection instanceof HttpsURLConnection && tlsSockets != null) {
                ((HttpsURLConnection) connection).setSSLSocketFactory(tlsSockets);
            }
            connection.setRequestMethod(method);
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) REQUEST_TIMEOUT.toMillis());
            connection.setInstanceFollowRedirects(false);
            connection.setUseCaches(false);
            connection.setRequestProperty("Accept", "application/json");
            if (authorization != null) {
                connection.setRequestProperty("Authorization", authorization);
            }
            if (hasContent) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
            }
            return connection;
        } catch (IOException | IllegalArgumentException e) {
            throw unreachable(uri, String.valueOf(e.getMessage()), e);
        }
    }

    /** Connects (and shakes hands, for https) on its own, so a timeout here reads as such. */
    private void connect(HttpURLConnection connection, URI uri) {
        try {
            connection.connect();
        } catch (SocketTimeoutException e) {
            throw unreachable(uri, "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw failed(uri, e);
        }
    }

    /** The body of a response, error or not; read to the end so the connection can be reused. */
    private static String readBody(HttpURLConnection connection, int status) throws IOException {
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ApiException failed(URI uri, IOException e) {
        if (e instanceof SSLException) {
            return new ApiException(
                    ApiException.Kind.TLS,
                    "TLS with "
                            + base
                            + " failed ("
                            + e.getMessage()
                            + "); to trust a self-signed certificate pass --ca-cert FILE or set"
                            + " TORC_CA_CERT",
                    e);
        }
        if (e instanceof ConnectException) {
            return unreachable(uri, "connection refused", e);
        }
        return unreachable(uri, String.valueOf(e.getMessage()), e);
    }

    private ApiException unreachable(URI uri, String reason, Exception cause) {
        String detail =
                reason == null || reason.equals("null") ? cause.getClass().getSimpleName() : reason;
        return new ApiException(
                ApiException.Kind.UNREACHABLE,
                "cannot reach the torc server at " + base + " (" + detail + ")",
                cause);
    }

    private JsonNode interpret(Answer answer, URI uri) {
        int status = answer.status;
        if (status >= 200 && status < 300) {
            return parse(answer.body, uri);
        }
        String message = ErrorMessages.serverMessage(answer.body);
        throw ErrorMessages.forStatus(status, message, base, uri, username);
    }

    private JsonNode parse(String body, URI uri) {
        if (body == null || body.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            return JsonTrees.read(body);
        } catch (IOException e) {
            throw new ApiException(
                    ApiException.Kind.PROTOCOL, 0, "the answer from " + uri + " is not JSON");
        }
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
