package org.torc.web.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;
import org.torc.identitystore.htpasswd.Bcrypt;
import org.torc.identitystore.htpasswd.HtpasswdEditor;
import org.torc.web.testing.RunningServer;

/** HTTP requests with and without credentials, and waiting for the server's log lines. */
final class AuthHttp {

    /**
     * HTTP/1.1 only: the JDK client otherwise upgrades to HTTP/2 on a shared connection, and one
     * refused 64 KiB header then leaves that connection's header compression state broken, so every
     * later request on it got 431.
     */
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    private AuthHttp() {}

    /** The value of an Authorization header carrying these credentials in UTF-8. */
    static String basic(String user, String password) {
        byte[] pair = (user + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    /** GET with the given Authorization header, or none when it is null. */
    static HttpResponse<String> get(URI uri, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.GET().build());
    }

    /** POST of a JSON body with the given Authorization header, or none when it is null. */
    static HttpResponse<String> post(URI uri, String json, String authorization) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many times the server has logged this text so far. */
    static int occurrences(RunningServer server, String text) {
        return server.log().split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    /** Waits up to the timeout for the condition; whether it came true. */
    static boolean within(Duration timeout, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.get()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** A new htpasswd file, mode 600, with these users and passwords (cost 4, for speed). */
    static Path htpasswdFile(Path dir, String... usersAndPasswords) throws IOException {
        Path file = dir.resolve("htpasswd");
        Files.deleteIfExists(file);
        for (int i = 0; i < usersAndPasswords.length; i += 2) {
            setPassword(file, usersAndPasswords[i], usersAndPasswords[i + 1]);
        }
        return file;
    }

    /** Adds the user or changes the password, as {@code torc-htpasswd add} does. */
    static void setPassword(Path file, String user, String password) throws IOException {
        byte[] utf8 = password.getBytes(StandardCharsets.UTF_8);
        HtpasswdEditor.edit(file, f -> f.withUser(user, Bcrypt.hash(utf8, 4)));
    }
}
