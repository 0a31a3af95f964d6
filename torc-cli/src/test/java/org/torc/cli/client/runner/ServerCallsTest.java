package org.torc.cli.client.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.torc.cli.client.http.ApiException;

class ServerCallsTest {

    private final StringWriter messages = new StringWriter();
    private final Reporter reporter = new Reporter(new PrintWriter(messages, true), false);
    private final List<Long> pauses = new ArrayList<>();

    private static ApiException unreachable() {
        return new ApiException(
                ApiException.Kind.UNREACHABLE, "cannot reach the torc server", null);
    }

    private ServerCalls calls(Duration wait) {
        return new ServerCalls(
                wait,
                reporter,
                millis -> {
                    pauses.add(millis);
                    return true;
                });
    }

    @Test
    void retriesWithGrowingPausesUntilTheServerAnswers() {
        int[] attempts = {0};

        String answer =
                calls(Duration.ofMinutes(10))
                        .call(
                                () -> {
                                    if (++attempts[0] < 5) {
                                        throw unreachable();
                                    }
                                    return "ok";
                                });

        assertEquals("ok", answer);
        assertEquals(List.of(500L, 1000L, 2000L, 4000L), pauses);
        assertTrue(messages.toString().contains("retrying for up to 600 s"), messages.toString());
        assertTrue(messages.toString().contains("the server answers again"), messages.toString());
    }

    @Test
    void givesUpAfterTheServerWait() {
        ServerCalls calls = calls(Duration.ZERO);

        ServerCalls.ServerGone gone =
                assertThrows(
                        ServerCalls.ServerGone.class,
                        () ->
                                calls.call(
                                        () -> {
                                            try {
                                                Thread.sleep(2);
                                            } catch (InterruptedException e) {
                                                Thread.currentThread().interrupt();
                                            }
                                            throw unreachable();
                                        }));

        assertTrue(gone.getMessage().contains("for more than 0 s"), gone.getMessage());
    }

    @Test
    void doesNotRetryARefusal() {
        int[] attempts = {0};

        assertThrows(
                ApiException.class,
                () ->
                        calls(Duration.ofMinutes(1))
                                .call(
                                        () -> {
                                            attempts[0]++;
                                            throw new ApiException(
                                                    ApiException.Kind.REFUSED, 409, "conflict");
                                        }));
        assertEquals(1, attempts[0]);
    }

    @Test
    void stopsWaitingWhenTheRunStops() {
        ServerCalls calls = new ServerCalls(Duration.ofMinutes(10), reporter, millis -> false);

        assertThrows(
                ServerCalls.ServerGone.class,
                () ->
                        calls.call(
                                () -> {
                                    throw unreachable();
                                }));
    }
}
