package org.torc.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torc.web.auth.AuthHttp.basic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.torc.identitystore.AuthMode;
import org.torc.web.testing.RunningServer;

/**
 * Each authentication mode against each kind of request, over HTTP on Payara Micro: the status, the
 * challenge, the body and the log line. One server per mode, shared by all tests.
 */
class AuthenticationModesIT {

    private static final String CHALLENGE = "Basic realm=\"Torc\"";
    private static final Path HTPASSWD = Users.FILE;
    private static final String PING = "/torc-service/v1/ping";

    /** The users of the htpasswd file given to the optional and required servers. */
    private static final class Users {
        static final Path FILE = create();

        private static Path create() {
            try {
                Path dir = Files.createTempDirectory("torc-auth-it-");
                return AuthHttp.htpasswdFile(
                        dir,
                        "alice",
                        "wonderland",
                        "carol",
                        "pa:ss:word",
                        "j\u00fcrgen",
                        "gr\u00fc\u00dfe-\u20ac");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    enum Kind {
        NO_CREDENTIALS(null),
        VALID(basic("alice", "wonderland")),
        WRONG_PASSWORD(basic("alice", "wonderlant")),
        UNKNOWN_USER(basic("mallory", "wonderland")),
        MALFORMED_HEADER("Basic !!!not-base64!!!"),
        PASSWORD_WITH_COLON(basic("carol", "pa:ss:word")),
        NON_ASCII_PASSWORD(basic("j\u00fcrgen", "gr\u00fc\u00dfe-\u20ac"));

        final String authorization;

        Kind(String authorization) {
            this.authorization = authorization;
        }
    }

    static RunningServer server(AuthMode mode) {
        return switch (mode) {
            case OFF -> RunningServer.shared();
            case OPTIONAL -> RunningServer.shared(Map.of("torc.auth.file", HTPASSWD.toString()));
            case REQUIRED ->
                    RunningServer.shared(
                            Map.of(
                                    "torc.auth.file",
                                    HTPASSWD.toString(),
                                    "torc.auth.required",
                                    "true"));
        };
    }

    static Stream<Arguments> matrix() {
        String ok = "User 'alice' authenticated successfully";
        String failed = "Authentication failed for user ";
        String malformed =
                "Authentication failed: malformed Authorization header (credentials are not valid"
                        + " base64)";
        return Stream.of(
                row(AuthMode.OFF, Kind.NO_CREDENTIALS, 200, null),
                row(AuthMode.OFF, Kind.VALID, 200, null),
                row(AuthMode.OFF, Kind.WRONG_PASSWORD, 200, null),
                row(AuthMode.OFF, Kind.UNKNOWN_USER, 200, null),
                row(AuthMode.OFF, Kind.MALFORMED_HEADER, 200, null),
                row(AuthMode.OFF, Kind.PASSWORD_WITH_COLON, 200, null),
                row(AuthMode.OFF, Kind.NON_ASCII_PASSWORD, 200, null),
                row(
                        AuthMode.OPTIONAL,
                        Kind.NO_CREDENTIALS,
                        200,
                        "FINE torc.server.auth No credentials provided, allowing anonymous access"),
                row(AuthMode.OPTIONAL, Kind.VALID, 200, "FINE torc.server.auth " + ok),
                row(
                        AuthMode.OPTIONAL,
                        Kind.WRONG_PASSWORD,
                        401,
                        "WARNING torc.server.auth " + failed + "'alice'"),
                row(
                        AuthMode.OPTIONAL,
                        Kind.UNKNOWN_USER,
                        401,
                        "WARNING torc.server.auth " + failed + "'mallory'"),
                row(
                        AuthMode.OPTIONAL,
                        Kind.MALFORMED_HEADER,
                        401,
                        "WARNING torc.server.auth " + malformed),
                row(
                        AuthMode.OPTIONAL,
                        Kind.PASSWORD_WITH_COLON,
                        200,
                        "FINE torc.server.auth User 'carol' authenticated successfully"),
                row(
                        AuthMode.OPTIONAL,
                        Kind.NON_ASCII_PASSWORD,
                        200,
                        "FINE torc.server.auth User 'j\u00fcrgen' authenticated successfully"),
                row(
                        AuthMode.REQUIRED,
                        Kind.NO_CREDENTIALS,
                        401,
                        "WARNING torc.server.auth Authentication required but no credentials"
                                + " provided"),
                row(AuthMode.REQUIRED, Kind.VALID, 200, "FINE torc.server.auth " + ok),
                row(
                        AuthMode.REQUIRED,
                        Kind.WRONG_PASSWORD,
                        401,
                        "WARNING torc.server.auth " + failed + "'alice'"),
                row(
                        AuthMode.REQUIRED,
                        Kind.UNKNOWN_USER,
                        401,
                        "WARNING torc.server.auth " + failed + "'mallory'"),
                row(
                        AuthMode.REQUIRED,
                        Kind.MALFORMED_HEADER,
                        401,
                        "WARNING torc.server.auth " + malformed),
                row(
                        AuthMode.REQUIRED,
                        Kind.PASSWORD_WITH_COLON,
                        200,
                        "FINE torc.server.auth User 'carol' authenticated successfully"),
                row(
                        AuthMode.REQUIRED,
                        Kind.NON_ASCII_PASSWORD,
                        200,
                        "FINE torc.server.auth User 'j\u00fcrgen' authenticated successfully"));
    }

    private static Arguments row(AuthMode mode, Kind kind, int status, String logLine) {
        return Arguments.of(mode, kind, status, logLine);
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @MethodSource("matrix")
    void eachModeAnswersEachKindOfRequest(AuthMode mode, Kind kind, int status, String logLine) {
        RunningServer server = server(mode);
        int before = logLine == null ? 0 : AuthHttp.occurrences(server, logLine);

        HttpResponse<String> response = AuthHttp.get(server.uri(PING), kind.authorization);

        assertEquals(status, response.statusCode(), response.body());
        Optional<String> challenge = response.headers().firstValue("WWW-Authenticate");
        if (status == 401) {
            assertEquals(Optional.of(CHALLENGE), challenge);
            assertTrue(response.body().contains("\"errorNum\":401"), response.body());
            assertFalse(response.body().contains("wonder"), response.body());
        } else {
            assertEquals(Optional.empty(), challenge);
        }
        if (logLine == null) {
            assertFalse(server.log().contains("torc.server.auth"), server.log());
        } else {
            assertTrue(
                    AuthHttp.within(
                            Duration.ofSeconds(5),
                            () -> AuthHttp.occurrences(server, logLine) > before),
                    "no log line: " + logLine + "\n" + server.log());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AuthMode.class)
    void startupLogSaysWhichModeAndHowManyUsers(AuthMode mode) {
        String log = server(mode).log();

        assertTrue(log.contains("INFO torc.server " + mode.startupMessage()), log);
        if (mode != AuthMode.OFF) {
            assertTrue(log.contains("INFO torc.server Loading htpasswd file from: " + HTPASSWD));
            assertTrue(log.contains("INFO torc.server Loaded 3 users from htpasswd file"), log);
        }
    }

    @Test
    void theHealthEndpointNeedsNoCredentialsEvenWhenRequired() {
        RunningServer server = server(AuthMode.REQUIRED);

        assertEquals(200, AuthHttp.get(server.uri("/health"), null).statusCode());
        assertEquals(200, AuthHttp.get(server.uri("/health/ready"), null).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Basic",
                "Basic ",
                "Bearer abc",
                "Basic bm9jb2xvbg==",
                "Basic OnBhc3N3b3Jk",
                "Basic YWxpY2U6/w==",
                "Basic wOA6eA==",
                "basic YWxpY2U6d29uZGVybGFuZA= ="
            })
    void noMalformedHeaderGivesA500(String header) {
        HttpResponse<String> response = AuthHttp.get(server(AuthMode.REQUIRED).uri(PING), header);

        assertEquals(401, response.statusCode(), response.body());
        assertEquals(Optional.of(CHALLENGE), response.headers().firstValue("WWW-Authenticate"));
    }

    @Test
    void aHeaderOf64KibIsRefusedWithoutA500() {
        String huge = "Basic " + "A".repeat(64 * 1024);

        int status = AuthHttp.get(server(AuthMode.REQUIRED).uri(PING), huge).statusCode();

        assertTrue(List.of(400, 401, 431).contains(status), "status " + status);
    }

    @Test
    void anAuthenticatedUserOwnsTheWorkflowsItCreates() {
        RunningServer server = server(AuthMode.OPTIONAL);
        String body = "{\"name\":\"owned\",\"user\":\"mallory\"}";

        HttpResponse<String> asAlice =
                AuthHttp.post(
                        server.uri("/torc-service/v1/workflows"),
                        body,
                        basic("alice", "wonderland"));
        HttpResponse<String> anonymous =
                AuthHttp.post(server.uri("/torc-service/v1/workflows"), body, null);

        assertTrue(asAlice.body().contains("\"user\":\"alice\""), asAlice.body());
        assertTrue(anonymous.body().contains("\"user\":\"mallory\""), anonymous.body());
    }

    @Test
    void theOpenApiDocumentDeclaresHttpBasic() {
        HttpResponse<String> document = AuthHttp.get(server(AuthMode.OFF).uri("/openapi"), null);

        assertEquals(200, document.statusCode());
        assertTrue(document.body().contains("basicAuth"), document.body());
        assertTrue(document.body().contains("scheme: basic"), document.body());
    }
}
