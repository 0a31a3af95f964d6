package org.torc.web.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.torc.web.testing.RunningServer;

/**
 * Hostile input against a server that requires authentication: ten thousand random and malformed
 * Authorization headers, then a thousand malformed JSON bodies sent with valid credentials. Every
 * answer must be a 4xx, the server must keep answering, and the database must read exactly as
 * before (the headers go to {@code POST /workflows} with a valid body half of the time, so a header
 * wrongly accepted would leave a workflow behind).
 */
@Timeout(180)
class HostileInputIT {

    private static final long SEED = 20261203L;
    private static final int THREADS = 4;
    private static final String WORKFLOWS = "/torc-service/v1/workflows";

    @TempDir static Path dir;

    private static RunningServer server;
    private static Service alice;
    private static long workflowId;
    private static long jobId;

    @BeforeAll
    static void startServerWithOneWorkflow() {
        Path htpasswd = Users.newFile(dir, List.of(Users.ALICE_LINE, Users.BOB_LINE));
        server =
                RunningServer.start(
                        Map.of(
                                "torc.auth.file",
                                htpasswd.toString(),
                                "torc.auth.required",
                                "true"));
        alice = new Service(server.baseUri(), Users.ALICE, Users.ALICE_PASSWORD);
        workflowId =
                alice.post("/workflows", "{\"name\":\"target\",\"user\":\"alice\"}")
                        .path("id")
                        .asLong();
        String job = "{\"workflow_id\":" + workflowId + ",\"name\":\"j1\",\"command\":\"true\"}";
        jobId = alice.post("/jobs", job).path("id").asLong();
        alice.post(
                "/files",
                "{\"workflow_id\":" + workflowId + ",\"name\":\"f1\",\"path\":\"f1.txt\"}");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void randomAndMalformedAuthorizationHeadersAreAllRefusedWith4xx() {
        Map<String, String> before = databaseSnapshot();
        byte[] validBody =
                "{\"name\":\"intruder\",\"user\":\"mallory\"}".getBytes(StandardCharsets.UTF_8);
        List<HostileHeaders.Header> headers = HostileHeaders.generate(SEED);

        List<String> wrong =
                inParallel(
                        headers.size(),
                        (http, i) -> {
                            HostileHeaders.Header header = headers.get(i);
                            boolean post = i % 2 == 0;
                            int status =
                                    http.send(
                                            post ? "POST" : "GET",
                                            WORKFLOWS,
                                            header.value(),
                                            post ? validBody : null);
                            return is4xx(status) ? null : status + " for " + header.show();
                        });

        assertEquals(List.of(), firstTen(wrong), wrong.size() + " headers not answered with 4xx");
        assertServerStillAnswers();
        assertEquals(before, databaseSnapshot(), "the database changed");
    }

    @Test
    void malformedJsonBodiesAreAllRefusedWith4xxAndChangeNothing() {
        Map<String, String> before = databaseSnapshot();
        List<MalformedBodies.Call> calls = MalformedBodies.generate(SEED, workflowId, jobId);
        byte[] credentials = RawHttp.ascii(Users.basic(Users.ALICE, Users.ALICE_PASSWORD));

        List<String> wrong =
                inParallel(
                        calls.size(),
                        (http, i) -> {
                            MalformedBodies.Call call = calls.get(i);
                            int status =
                                    http.send(call.method(), call.path(), credentials, call.body());
                            return is4xx(status) ? null : status + " for " + call.show();
                        });

        assertEquals(List.of(), firstTen(wrong), wrong.size() + " bodies not answered with 4xx");
        assertServerStillAnswers();
        assertEquals(before, databaseSnapshot(), "the database changed");
    }

    private static boolean is4xx(int status) {
        return status >= 400 && status < 500;
    }

    /** One request; a description of what went wrong, or null when the answer was right. */
    private interface Probe {
        String send(RawHttp http, int index) throws IOException;
    }

    /** Sends requests 0..count-1 over {@link #THREADS} connections; the wrong answers. */
    private static List<String> inParallel(int count, Probe probe) {
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t;
                done.add(pool.submit(() -> probeEvery(first, count, probe, wrong)));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return wrong;
    }

    private static void probeEvery(int first, int count, Probe probe, List<String> wrong) {
        try (RawHttp http = new RawHttp(server.baseUri())) {
            for (int i = first; i < count; i += THREADS) {
                String problem = probe.send(http, i);
                if (problem != null) {
                    wrong.add(problem);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> firstTen(List<String> wrong) {
        return new ArrayList<>(wrong.subList(0, Math.min(10, wrong.size())));
    }

    private static void assertServerStillAnswers() {
        assertTrue(server.isAlive(), "the server process ended");
        assertEquals(200, alice.status("/workflows"), "a valid request after the flood");
        assertEquals(401, new Service(server.baseUri(), "alice", "wrong").status("/workflows"));
    }

    /** What the records read like: every listing that a stray request could have changed. */
    private static Map<String, String> databaseSnapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("workflows", alice.text("/workflows"));
        snapshot.put("workflow", alice.text("/workflows/" + workflowId));
        snapshot.put("job", alice.text("/jobs/" + jobId));
        for (String records :
                List.of(
                        "jobs",
                        "files",
                        "user_data",
                        "resource_requirements",
                        "compute_nodes",
                        "results",
                        "events")) {
            snapshot.put(records, alice.text("/" + records + "?workflow_id=" + workflowId));
        }
        return snapshot;
    }
}
