package org.torc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.net.URL;
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

    static {
        // A POST that failed in flight is the runner's to retry or not, as in the torc client.
        System.setProperty("sun.net.http.retryPost", "false");
    }

    private final String base;
    private final String authorization;

    Api(String base, String user, String password) {
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
        Answer answer = exchange(method, path, body, authorization);
        if (answer.status() / 100 != 2) {
            throw new Failure(method, path, answer.status(), answer.body());
        }
        String text = answer.body();
        return text.isBlank() ? null : Json.parse(text);
    }

    /** A status and the body as text. */
    record Answer(int status, String body) {}

    /**
     * One request with a raw body and Authorization header of the caller's choice, over {@link
     * HttpURLConnection}: it costs the driver, which shares the cores with the server, less CPU
     * per request than {@code java.net.http}.
     */
    Answer exchange(String method, String path, Object body, String authHeader) {
        try {
            URL url = URI.create(base + path).toURL();
            HttpURLConnection connection = (HttpURLConnection) url.openConnection(Proxy.NO_PROXY);
            connection.setRequestMethod(method);
            connection.setConnectTimeout(5000);
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            connection.setRequestProperty("Accept", "application/json");
            if (authHeader != null) {
                connection.setRequestProperty("Authorization", authHeader);
            }
            if (body != null || !"GET".equals(method)) {
                String text = body == null ? "{}" : body instanceof String s ? s : Json.write(body);
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setDoOutput(true);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(text.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            return new Answer(status, readBody(connection, status));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base + path + ": " + e, e);
        }
    }

    private static String readBody(HttpURLConnection connection, int status) throws IOException {
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
