package org.torc.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.torc.cli.client.http.Query;
import org.torc.cli.client.http.TorcApi;
import org.torc.web.testing.RunningServer;

/** Ctrl-C (SIGINT) or SIGTERM stops {@code torc run}: its jobs end up terminated. */
class RunSignalIT {

    @TempDir Path dir;

    @ParameterizedTest(name = "SIG{0} exits {1}")
    @CsvSource({"TERM, 143", "INT, 130"})
    void aSignalTerminatesRunningJobsAndReportsThem(String signal, int exitStatus)
            throws Exception {
        RunningServer server = RunningServer.shared();
        TorcApi api = new TorcApi(server.baseUri(), Optional.empty(), null);
        Path spec = dir.resolve("sleepy.yaml");
        Files.writeString(
                spec,
                "name: sleepy\n"
                        + "jobs:\n"
                        + "  - {name: polite, command: 'sleep 120', supports_termination: true}\n"
                        + "  - {name: stubborn, command: 'sleep 120'}\n");

        Process torc = start(server, spec);
        try {
            long workflowId = awaitRunning(api, 2, torc);
            send(signal, torc);
            assertTrue(torc.waitFor(60, TimeUnit.SECONDS), "torc did not stop");

            assertEquals(exitStatus, torc.exitValue());
            List<JsonNode> jobs = api.list("/jobs", Query.of("workflow_id", workflowId));
            jobs.forEach(
                    job -> assertEquals("terminated", job.get("status").asText(), job.toString()));
        } finally {
            torc.destroyForcibly();
        }
    }

    /** Sends {@code SIGname}, as Ctrl-C (INT) or a service manager (TERM) would. */
    private static void send(String signal, Process process) throws Exception {
        Process kill =
                new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
        assertEquals(0, kill.waitFor());
    }

    private Process start(RunningServer server, Path spec) throws Exception {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                TorcCommand.class.getName(),
                                "--url",
                                server.baseUri().toString(),
                                "run",
                                spec.toString(),
                                "-o",
                                dir.resolve("output").toString(),
                                "-p",
                                "0.2",
                                "--termination-grace",
                                "2"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("torc.log").toFile())
                .start();
    }

    /** The id of the newest workflow, once it has {@code count} running jobs. */
    private long awaitRunning(TorcApi api, int count, Process torc) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline && torc.isAlive()) {
            List<JsonNode> workflows = api.list("/workflows", Query.of("name", "sleepy"));
            if (!workflows.isEmpty()) {
                long id = workflows.get(workflows.size() - 1).get("id").asLong();
                long running =
                        api.count("/jobs", Query.of("workflow_id", id).and("status", "running"));
                if (running == count) {
                    return id;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("jobs never ran:\n" + Files.readString(dir.resolve("torc.log")));
    }
}
