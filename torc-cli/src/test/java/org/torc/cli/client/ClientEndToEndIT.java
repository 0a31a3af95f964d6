package org.torc.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torc.web.testing.RunningServer;

/**
 * The client against a real server (Payara Micro with the WAR): create workflows from
 * specifications and run their jobs here, with scripts each test writes.
 */
class ClientEndToEndIT {

    private static RunningServer server;
    private final ObjectMapper json = new ObjectMapper();
    @TempDir Path dir;

    @BeforeAll
    static void startServer() {
        server = RunningServer.shared();
    }

    private Cli cli() {
        return Cli.withUrl(server.baseUri().toString()).env("USER", "tester");
    }

    private Cli.Result torc(String... args) {
        return cli().run(args);
    }

    private JsonNode torcJson(String... args) throws IOException {
        String[] withFormat = new String[args.length + 2];
        withFormat[0] = "-f";
        withFormat[1] = "json";
        System.arraycopy(args, 0, withFormat, 2, args.length);
        Cli.Result result = torc(withFormat);
        assertEquals(0, result.exitCode(), result.err());
        return json.readTree(result.out());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    /** The workflow id a run created, from its JSON summary. */
    private long runSpec(Path spec, int expectedExit) throws IOException {
        Cli.Result result =
                torc(
                        "-f",
                        "json",
                        "run",
                        spec.toString(),
                        "-o",
                        dir.resolve("output").toString(),
                        "-p",
                        "0.2");
        assertEquals(expectedExit, result.exitCode(), result.out() + result.err());
        return json.readTree(result.out()).get("workflow_id").asLong();
    }

    private Map<String, JsonNode> jobsByName(long workflowId) throws IOException {
        Map<String, JsonNode> jobs = new HashMap<>();
        torcJson("jobs", "list", Long.toString(workflowId))
                .get("jobs")
                .forEach(job -> jobs.put(job.get("name").asText(), job));
        return jobs;
    }

    @Test
    void theDiamondRunsToCompletionAndWritesItsFiles() throws Exception {
        write("preprocess.sh", "while getopts i:o: f; do [ $f = o ] && echo pre > $OPTARG; done\n");
        write(
                "work.sh",
                "while getopts i:o: f; do\n"
                        + "  [ $f = i ] && in=$OPTARG; [ $f = o ] && cat $in > $OPTARG; done\n");
        write(
                "postprocess.sh",
                "while getopts i:o: f; do [ $f = o ] && echo post > $OPTARG; done\n");
        Files.writeString(dir.resolve("f1.json"), "{}");
        StringBuilder files = new StringBuilder("files:\n");
        for (int i = 1; i <= 6; i++) {
            files.append("  - {name: f")
                    .append(i)
                    .append(", path: ")
                    .append(dir.resolve("f" + i + ".json"))
                    .append("}\n");
        }
        Path spec =
                write(
                        "diamond.yaml",
                        "name: diamond\n"
                                + "jobs:\n"
                                + "  - name: preprocess\n"
                                + "    command: bash "
                                + dir
                                + "/preprocess.sh -i ${files.input.f1} -o ${files.output.f2} -o"
                                + " ${files.output.f3}\n"
                                + "  - name: work1\n"
                                + "    command: bash "
                                + dir
                                + "/work.sh -i ${files.input.f2} -o ${files.output.f4}\n"
                                + "  - name: work2\n"
                                + "    command: bash "
                                + dir
                                + "/work.sh -i ${files.input.f3} -o ${files.output.f5}\n"
                                + "  - name: postprocess\n"
                                + "    command: bash "
                                + dir
                                + "/postprocess.sh -i ${files.input.f4} -i ${files.input.f5} -o"
                                + " ${files.output.f6}\n"
                                + files);

        long id = runSpec(spec, 0);

        Map<String, JsonNode> jobs = jobsByName(id);
        assertEquals(4, jobs.size());
        jobs.values()
                .forEach(
                        job ->
                                assertEquals(
                                        "completed", job.get("status").asText(), job.toString()));
        for (int i = 2; i <= 6; i++) {
            assertTrue(Files.exists(dir.resolve("f" + i + ".json")), "f" + i);
        }
        assertEquals("pre", Files.readString(dir.resolve("f4.json")).strip());
        assertEquals(4, torcJson("results", "list", Long.toString(id)).get("results").size());
    }

    @Test
    void theHundredJobExampleCreatesAHundredJobs() throws Exception {
        Path spec =
                write(
                        "hundred.yaml",
                        "name: hundred\n"
                            + "jobs:\n"
                            + "  - name: job_{i:03d}\n"
                            + "    command: echo hello {i}\n"
                            + "    resource_requirements: minimal\n"
                            + "    parameters: {i: '1:100'}\n"
                            + "resource_requirements:\n"
                            + "  - {name: minimal, num_cpus: 1, num_gpus: 0, num_nodes: 1, memory:"
                            + " 1g, runtime: P0DT1M}\n");

        JsonNode created = torcJson("workflows", "create", spec.toString());

        long id = created.get("id").asLong();
        Map<String, JsonNode> jobs = jobsByName(id);
        assertEquals(100, jobs.size());
        assertEquals("echo hello 7", jobs.get("job_007").get("command").asText());
    }

    @Test
    void aFailingJobCancelsItsDependents() throws Exception {
        Path spec =
                write(
                        "failing.yaml",
                        "name: failing\n"
                                + "jobs:\n"
                                + "  - {name: breaks, command: 'exit 3'}\n"
                                + "  - {name: after, command: 'true', depends_on: [breaks]}\n"
                                + "  - {name: later, command: 'true', depends_on: [after]}\n"
                                + "  - {name: independent, command: 'true'}\n");

        long id = runSpec(spec, 1);

        Map<String, JsonNode> jobs = jobsByName(id);
        assertEquals("failed", jobs.get("breaks").get("status").asText());
        assertEquals("canceled", jobs.get("after").get("status").asText());
        assertEquals("canceled", jobs.get("later").get("status").asText());
        assertEquals("completed", jobs.get("independent").get("status").asText());
        JsonNode results = torcJson("results", "list", Long.toString(id)).get("results");
        results.forEach(
                r -> {
                    if (r.get("job_id").asLong() == jobs.get("breaks").get("id").asLong()) {
                        assertEquals(3, r.get("return_code").asInt());
                    }
                });
    }

    @Test
    void aFlakyJobSucceedsOnRetry() throws Exception {
        Path marker = dir.resolve("tried-once");
        Path spec =
                write(
                        "flaky.yaml",
                        "name: flaky\n"
                                + "failure_handlers:\n"
                                + "  - name: retry\n"
                                + "    rules: [{match_all_exit_codes: true, max_retries: 2,"
                                + " recovery_script: 'echo recovering from $TORC_RETURN_CODE'}]\n"
                                + "jobs:\n"
                                + "  - name: flaky\n"
                                + "    command: test -f "
                                + marker
                                + " || { touch "
                                + marker
                                + "; exit 4; }\n"
                                + "    failure_handler: retry\n"
                                + "  - {name: summary, command: 'echo done', depends_on:"
                                + " [flaky]}\n");

        long id = runSpec(spec, 0);

        Map<String, JsonNode> jobs = jobsByName(id);
        assertEquals("completed", jobs.get("flaky").get("status").asText());
        assertEquals(2, jobs.get("flaky").get("attempt_id").asInt());
        assertEquals("completed", jobs.get("summary").get("status").asText());
    }

    @Test
    void aJobThatDoesNotWriteItsOutputFails() throws Exception {
        Path spec =
                write(
                        "lazy.yaml",
                        "name: lazy\n"
                                + "files: [{name: out, path: "
                                + dir.resolve("never.txt")
                                + "}]\n"
                                + "jobs:\n"
                                + "  - {name: lazy, command: 'true', output_files: [out]}\n");

        long id = runSpec(spec, 1);

        assertEquals("failed", jobsByName(id).get("lazy").get("status").asText());
    }

    @Test
    void jobsSeeTheirTorcVariablesAndWriteStdioFiles() throws Exception {
        Path spec =
                write(
                        "env.yaml",
                        "name: env\n"
                                + "jobs:\n"
                                + "  - {name: show, command: 'echo $TORC_JOB_NAME $TORC_ATTEMPT_ID"
                                + " $TORC_API_URL'}\n");

        long id = runSpec(spec, 0);

        long jobId = jobsByName(id).get("show").get("id").asLong();
        String prefix = "wf" + id + "_job" + jobId + "_run";
        try (var files = Files.list(dir.resolve("output/job_stdio"))) {
            Path stdout =
                    files.filter(f -> f.getFileName().toString().startsWith(prefix))
                            .filter(f -> f.toString().endsWith("_attempt1.out"))
                            .findFirst()
                            .orElseThrow();
            assertEquals("show 1 " + server.baseUri(), Files.readString(stdout).strip());
        }
    }

    @Test
    void workflowsCanBeListedStartedAndDeleted() throws Exception {
        Path spec = write("small.yaml", "name: small\njobs: [{name: a, command: 'true'}]\n");
        long id = torcJson("workflows", "create", spec.toString()).get("id").asLong();

        JsonNode listed = torcJson("workflows", "list");
        assertTrue(listed.isArray());
        assertTrue(listed.toString().contains("\"id\":" + id), listed.toString());
        assertEquals(0, torc("workflows", "start", Long.toString(id)).exitCode());
        assertEquals(
                1,
                torcJson("workflows", "status", Long.toString(id))
                        .get("job_counts")
                        .get("ready")
                        .asInt());
        Cli.Result run =
                torc("workflows", "run", Long.toString(id), "-o", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 completed"), run.out());
        assertTrue(
                torc("workflows", "is-complete", Long.toString(id)).out().contains("is complete"));
        assertEquals(0, torc("workflows", "delete", Long.toString(id)).exitCode());
        Cli.Result gone = torc("workflows", "get", Long.toString(id));
        assertEquals(1, gone.exitCode());
        assertTrue(gone.err().startsWith("torc: not found"), gone.err());
    }
}
