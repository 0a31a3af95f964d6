package org.torc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The Torc REST service at one base URI ({@code http://127.0.0.1:PORT/torc-service/v1}), with
 * optional Basic credentials. Answers other than 2xx throw {@link Failure}; a connection that
 * cannot be made throws {@link UncheckedIOException}.
 */
final class Api {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String base;
    private final String authorization;

    Api(String base, String user, String password) {
        this.http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.authorization = user == null ? null : basic(user, password);
    }

    Api(String base) {
        this(base, null, null);
    }

    static String basic(String user, String password) {
        byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    String base() {
        return base;
    }

    Map<String, Object> get(String path) {
        return asObject(send("GET", path, null));
    }

    Map<String, Object> post(String path, Object body) {
        return asObject(send("POST", path, body));
    }

    Map<String, Object> put(String path, Object body) {
        return asObject(send("PUT", path, body));
    }

    /** Sends a request and returns the parsed answer (null for an empty body). */
    Object send(String method, String path, Object body) {
        HttpResponse<String> response = exchange(method, path, body, authorization);
        if (response.statusCode() / 100 != 2) {
            throw new Failure(method, path, response.statusCode(), response.body());
        }
        String text = response.body();
        return text == null || text.isBlank() ? null : Json.parse(text);
    }

    /** One request with a raw body and Authorization header of the caller's choice. */
    HttpResponse<String> exchange(String method, String path, Object body, String authHeader) {
        String text = body == null ? "" : body instanceof String s ? s : Json.write(body);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(TIMEOUT)
                        .header("Accept", "application/json")
                        .method(method, bodyPublisher(method, body, text));
        if (body != null || !"GET".equals(method)) {
            request.header("Content-Type", "application/json");
        }
        if (authHeader != null) {
            request.header("Authorization", authHeader);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static HttpRequest.BodyPublisher bodyPublisher(
            String method, Object body, String text) {
        if (body == null && "GET".equals(method)) {
            return HttpRequest.BodyPublishers.noBody();
        }
        return HttpRequest.BodyPublishers.ofString(body == null ? "{}" : text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    static long id(Map<String, Object> record) {
        return ((Number) record.get("id")).longValue();
    }

    /** A request the server answered with a status other than 2xx. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        /** Whether the answer is the service's JSON, rather than a page of the container. */
        final boolean fromService;

        Failure(String method, String path, int status, String body) {
            super(method + " " + path + " answered " + status + ": " + abbreviate(body));
            this.status = status;
            this.fromService = body != null && body.stripLeading().startsWith("{");
        }

        private static String abbreviate(String body) {
            return body == null || body.length() < 300 ? body : body.substring(0, 300) + "...";
        }
    }
}
