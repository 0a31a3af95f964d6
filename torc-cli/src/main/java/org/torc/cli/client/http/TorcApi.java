package org.torc.cli.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

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

    /** Records asked for per page; the contract's own recommendation for bulk transfers. */
    public static final int PAGE_SIZE = 10_000;

    private final URI base;
    private final HttpClient http;
    private final String authorization;
    private final String username;

    public TorcApi(URI base, Optional<Credentials> credentials, SSLContext tls) {
        this.base = withoutTrailingSlash(base);
        HttpClient.Builder builder =
                HttpClient.newBuilder()
                        .connectTimeout(CONNECT_TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER);
        if (tls != null) {
            builder.sslContext(tls);
        }
        if (tls != null && TrustedCertificates.isNone(tls)) {
            builder.sslParameters(TrustedCertificates.unusedParameters());
        }
        this.http = builder.build();
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
        HttpRequest request = request(method, uri, body);
        long start = System.nanoTime();
        HttpResponse<String> response = exchange(request, uri);
        LOG.log(
                Level.FINE,
                "{0} {1} -> {2} in {3} ms",
                new Object[] {method, uri, response.statusCode(), elapsedMillis(start)});
        return interpret(response, uri);
    }

    private HttpRequest request(String method, URI uri, Object body) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri)
                        .timeout(REQUEST_TIMEOUT)
                        .header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (body == null && !method.equals("POST") && !method.equals("PUT")) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
                .build();
    }

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

    private HttpResponse<String> exchange(HttpRequest request, URI uri) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException e) {
            throw unreachable(uri, "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s", e);
        } catch (HttpTimeoutException e) {
            throw unreachable(
                    uri, "no answer within " + REQUEST_TIMEOUT.toMinutes() + " minutes", e);
        } catch (SSLException e) {
            throw new ApiException(
                    ApiException.Kind.TLS,
                    "TLS with "
                            + base
                            + " failed ("
                            + e.getMessage()
                            + "); to trust a self-signed certificate pass --ca-cert FILE or set"
                            + " TORC_CA_CERT",
                    e);
        } catch (ConnectException e) {
            throw unreachable(uri, "connection refused", e);
        } catch (IOException e) {
            throw unreachable(uri, String.valueOf(e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreachable(uri, "interrupted", e);
        }
    }

    private ApiException unreachable(URI uri, String reason, Exception cause) {
        String detail =
                reason == null || reason.equals("null") ? cause.getClass().getSimpleName() : reason;
        return new ApiException(
                ApiException.Kind.UNREACHABLE,
                "cannot reach the torc server at " + base + " (" + detail + ")",
                cause);
    }

    private JsonNode interpret(HttpResponse<String> response, URI uri) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return parse(response.body(), uri);
        }
        String message = ErrorMessages.serverMessage(response.body());
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
