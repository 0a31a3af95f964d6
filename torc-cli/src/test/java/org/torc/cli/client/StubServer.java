package org.torc.cli.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/**
 * A scripted HTTP server for testing the client's side of the contract without a real server:
 * answers per method and path, and records every request it gets.
 */
final class StubServer implements AutoCloseable {

    /** A request as received. */
    record Request(String method, String path, String query, String authorization, String body) {

        /** The user and password of a Basic header, as {@code user:password}. */
        String basicCredentials() {
            if (authorization == null) {
                return null;
            }
            byte[] raw = Base64.getDecoder().decode(authorization.substring("Basic ".length()));
            return new String(raw, StandardCharsets.UTF_8);
        }
    }

    /** An answer. */
    record Response(int status, String body) {
        static Response ok(String body) {
            return new Response(200, body);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Function<Request, Response>> routes = new ConcurrentHashMap<>();

    private StubServer(HttpServer server) {
        this.server = server;
        server.createContext("/", this::handle);
        server.start();
    }

    static StubServer start() {
        try {
            return new StubServer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StubServer startTls(SSLContext tls) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return new StubServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers {@code method path} (path after /torc-service/v1) with {@code responder}. */
    StubServer on(String method, String path, Function<Request, Response> responder) {
        routes.put(method + " " + path, responder);
        return this;
    }

    StubServer on(String method, String path, int status, String body) {
        return on(method, path, request -> new Response(status, body));
    }

    String url() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/torc-service/v1";
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<String> requestLines() {
        List<String> lines = new ArrayList<>();
        requests().forEach(r -> lines.add(r.method() + " " + r.path()));
        return lines;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().replaceFirst("^/torc-service/v1", "");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request =
                new Request(
                        exchange.getRequestMethod(),
                        path,
                        exchange.getRequestURI().getRawQuery(),
                        exchange.getRequestHeaders().getFirst("Authorization"),
                        body);
        requests.add(request);
        Function<Request, Response> route = routes.get(request.method() + " " + path);
        Response response =
                route == null
                        ? new Response(404, "{\"errorMessage\":\"no route " + path + "\"}")
                        : route.apply(request);
        byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
