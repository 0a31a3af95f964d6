package org.torc.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code torc workflows create} against a server that hands out ids. */
class WorkflowsCreateTest {

    private final StubServer server = StubServer.start();
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong ids = new AtomicLong(100);
    @TempDir Path dir;

    @BeforeEach
    void routes() {
        server.on("POST", "/workflows", 200, "{\"id\":7,\"name\":\"w\"}");
        server.on("GET", "/workflows/7", 200, "{\"id\":7,\"name\":\"w\"}");
        server.on("DELETE", "/workflows/7", 200, "{\"id\":7}");
        for (String path : List.of("/files", "/user_data", "/resource_requirements")) {
            server.on("POST", path, request -> StubServer.Response.ok(newId()));
        }
        server.on("POST", "/bulk_jobs", request -> StubServer.Response.ok(createdJobs(request)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String newId() {
        return "{\"id\":" + ids.incrementAndGet() + "}";
    }

    private String createdJobs(StubServer.Request request) {
        int count = read(request.body()).get("jobs").size();
        StringBuilder jobs = new StringBuilder("{\"jobs\":[");
        for (int i = 0; i < count; i++) {
            jobs.append(i == 0 ? "" : ",").append(newId());
        }
        return jobs.append("]}").toString();
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path spec(String text) throws IOException {
        return Files.writeString(dir.resolve("spec.yaml"), text);
    }

    private List<StubServer.Request> requestsTo(String method, String path) {
        return server.requests().stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
    }

    @Test
    void createsRecordsThenJobsAfterTheJobsTheyDependOn() throws Exception {
        Path file =
                spec(
                        "name: w\n"
                            + "files: [{name: f1, path: f1.txt}]\n"
                            + "resource_requirements: [{name: small, num_cpus: 1, memory: 1g}]\n"
                            + "jobs:\n"
                            + "  - {name: b, command: 'use', depends_on: [a]}\n"
                            + "  - {name: a, command: 'make ${files.output.f1}',"
                            + " resource_requirements: small}\n");

        Cli.Result result =
                Cli.withUrl(server.url())
                        .env("USER", "me")
                        .run("workflows", "create", file.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(
                List.of(
                        "POST /workflows",
                        "POST /files",
                        "POST /resource_requirements",
                        "POST /bulk_jobs",
                        "POST /bulk_jobs",
                        "GET /workflows/7"),
                server.requestLines());
        assertEquals(
                "me", read(requestsTo("POST", "/workflows").get(0).body()).get("user").asText());
        JsonNode first = read(requestsTo("POST", "/bulk_jobs").get(0).body()).get("jobs").get(0);
        JsonNode second = read(requestsTo("POST", "/bulk_jobs").get(1).body()).get("jobs").get(0);
        assertEquals("a", first.get("name").asText());
        assertEquals(101, first.get("output_file_ids").get(0).asLong());
        assertEquals(102, first.get("resource_requirements_id").asLong());
        assertEquals(7, first.get("workflow_id").asLong());
        assertEquals(103, second.get("depends_on_job_ids").get(0).asLong());
        assertTrue(result.out().startsWith("Created workflow 7: 'w' with 2 jobs"), result.out());
    }

    @Test
    void aFailureDeletesTheWorkflowSoNothingPartialIsLeft() throws Exception {
        server.on("POST", "/bulk_jobs", 500, "{\"errorMessage\":\"disk full\"}");
        Path file = spec("name: w\nfiles: [{name: f, path: f}]\njobs: [{name: a, command: x}]\n");

        Cli.Result result = Cli.withUrl(server.url()).run("workflows", "create", file.toString());

        assertEquals(1, result.exitCode());
        assertEquals(
                List.of("POST /workflows", "POST /files", "POST /bulk_jobs", "DELETE /workflows/7"),
                server.requestLines());
        assertTrue(result.err().contains("disk full"), result.err());
    }

    @Test
    void anInvalidSpecificationSendsNothing() throws Exception {
        Path file = spec("name: w\njobs:\n  - {name: a, command: x, depends_on: [zz]}\n");

        Cli.Result result = Cli.withUrl(server.url()).run("workflows", "create", file.toString());

        assertEquals(1, result.exitCode());
        assertEquals(
                "torc: "
                        + file
                        + ":3: depends_on of job 'a' names 'zz', but there is no job by"
                        + " that name",
                result.err().strip());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void aDryRunSendsNothing() throws Exception {
        Path file = spec("name: w\njobs: [{name: 'j{i}', command: x, parameters: {i: '1:5'}}]\n");

        Cli.Result result =
                Cli.withUrl(server.url())
                        .run("-f", "json", "workflows", "create", "--dry-run", file.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(5, read(result.out()).get("job_count").asInt());
        assertTrue(server.requests().isEmpty());
    }
}
