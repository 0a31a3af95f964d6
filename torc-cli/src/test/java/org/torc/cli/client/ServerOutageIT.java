package org.torc.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torc.cli.client.http.Query;
import org.torc.cli.client.http.TorcApi;
import org.torc.web.testing.RunningServer;

/**
 * The runner while the server is away: results wait and are reported when it is back; past {@code
 * --server-wait} they are saved to a file. The server is reached through a relay the test takes
 * down and brings back.
 */
class ServerOutageIT {

    private final ObjectMapper json = new ObjectMapper();
    private RunningServer server;
    private TcpProxy proxy;
    private TorcApi direct;
    @TempDir Path dir;

    @BeforeEach
    void relay() {
        server = RunningServer.shared();
        proxy = new TcpProxy(new InetSocketAddress("127.0.0.1", server.port()));
        direct = new TorcApi(server.baseUri(), Optional.empty(), null);
    }

    @AfterEach
    void close() {
        proxy.close();
    }

    private CompletableFuture<Cli.Result> runInBackground(Path spec, String serverWait) {
        String url = "http://127.0.0.1:" + proxy.port() + "/torc-service/v1";
        return CompletableFuture.supplyAsync(
                () ->
                        Cli.withUrl(url)
                                .run(
                                        "-f",
                                        "json",
                                        "run",
                                        spec.toString(),
                                        "-o",
                                        dir.resolve("out").toString(),
                                        "-p",
                                        "0.2",
                                        "--server-wait",
                                        serverWait));
    }

    private Path spec(String name) throws Exception {
        return Files.writeString(
                dir.resolve(name + ".yaml"),
                "name: " + name + "\njobs:\n  - {name: slow, command: 'sleep 2'}\n");
    }

    /** The job of the newest workflow named {@code name}, once it runs. */
    private long awaitRunningJob(String name) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            List<JsonNode> workflows = direct.list("/workflows", Query.of("name", name));
            if (!workflows.isEmpty()) {
                long id = workflows.get(workflows.size() - 1).get("id").asLong();
                List<JsonNode> running =
                        direct.list("/jobs", Query.of("workflow_id", id).and("status", "running"));
                if (!running.isEmpty()) {
                    return running.get(0).get("id").asLong();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job never ran");
    }

    @Test
    void resultsWaitForTheServerAndAreReportedWhenItIsBack() throws Exception {
        CompletableFuture<Cli.Result> run = runInBackground(spec("outage"), "120");
        long jobId = awaitRunningJob("outage");

        proxy.down();
        Thread.sleep(4_000);
        assertEquals("running", direct.get("/jobs/" + jobId).get("status").asText());
        proxy.up();
        Cli.Result result = run.get(90, TimeUnit.SECONDS);

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertEquals("completed", direct.get("/jobs/" + jobId).get("status").asText());
        assertTrue(result.err().contains("keeping results and retrying"), result.err());
        assertTrue(result.err().contains("the server answers again"), result.err());
    }

    @Test
    void pastTheServerWaitUnreportedResultsAreSaved() throws Exception {
        CompletableFuture<Cli.Result> run = runInBackground(spec("gone"), "3");
        long jobId = awaitRunningJob("gone");

        proxy.down();
        Cli.Result result = run.get(90, TimeUnit.SECONDS);

        assertEquals(1, result.exitCode(), result.out() + result.err());
        try (var files = Files.list(dir.resolve("out"))) {
            Path saved =
                    files.filter(f -> f.getFileName().toString().startsWith("unreported"))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(result.err()));
            JsonNode results = json.readTree(saved.toFile());
            assertEquals(jobId, results.get(0).get("job_id").asLong());
            assertEquals(0, results.get(0).get("return_code").asInt());
        }
    }
}
