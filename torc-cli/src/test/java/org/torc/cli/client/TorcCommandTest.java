package org.torc.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TorcCommandTest {

    private final StubServer server = StubServer.start();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void versionFlagPrintsTheClientVersionWithoutAServer() {
        Cli.Result result = Cli.withUrl("http://127.0.0.1:1/torc-service/v1").run("--version");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("torc "), result.out());
    }

    @Test
    void noCommandIsAUsageError() {
        assertEquals(2, new Cli().run().exitCode());
        assertEquals(2, new Cli().run("workflows", "get").exitCode());
    }

    @Test
    void anUnreachableServerIsOneLineNamingTheUrl() {
        String url = "http://127.0.0.1:1/torc-service/v1";

        Cli.Result result = Cli.withUrl(url).run("ping");

        assertEquals(1, result.exitCode());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(
                result.err().startsWith("torc: cannot reach the torc server at " + url),
                result.err());
    }

    @Test
    void debugLoggingAddsTheStackTrace() {
        Cli.Result result =
                Cli.withUrl("http://127.0.0.1:1/torc-service/v1")
                        .run("--log-level", "debug", "ping");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("\tat "), result.err());
    }

    @Test
    void pingPrintsTheStatus() {
        server.on("GET", "/ping", 200, "{\"status\":\"ok\"}");

        Cli.Result result = Cli.withUrl(server.url()).run("ping");

        assertEquals(0, result.exitCode());
        assertEquals("torc server at " + server.url() + ": ok", result.out().strip());
    }

    @Test
    void unauthorizedWithoutCredentialsSaysNoneWereSent() {
        server.on("GET", "/ping", 401, "{\"errorMessage\":\"Authentication required\"}");

        Cli.Result result = Cli.withUrl(server.url()).run("ping");

        assertEquals(1, result.exitCode());
        assertEquals(1, result.errLines().size());
        assertTrue(result.err().contains("no credentials were sent"), result.err());
        assertTrue(result.err().contains("TORC_USERNAME"), result.err());
    }

    @Test
    void unauthorizedWithCredentialsNamesTheRejectedUser() {
        server.on("GET", "/ping", 401, "{}");

        Cli.Result result =
                Cli.withUrl(server.url())
                        .env("TORC_USERNAME", "alice")
                        .env("TORC_PASSWORD", "wrong")
                        .run("ping");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("rejected the credentials of user 'alice'"), result.err());
        assertFalse(result.err().contains("wrong"), result.err());
    }

    @Test
    void forbiddenAndNotFoundAreOneLineEach() {
        server.on(
                "GET",
                "/workflows/7",
                403,
                "{\"errorMessage\":\"workflow 7 belongs to bob\",\"errorNum\":403}");
        server.on(
                "GET",
                "/workflows/8",
                404,
                "{\"error\":{},\"errorMessage\":\"workflow 8 not found\",\"errorNum\":404}");
        Cli cli = Cli.withUrl(server.url());

        Cli.Result forbidden = cli.run("workflows", "get", "7");
        Cli.Result missing = cli.run("workflows", "get", "8");

        assertEquals(1, forbidden.exitCode());
        assertEquals("torc: access denied: workflow 7 belongs to bob", forbidden.err().strip());
        assertEquals(1, missing.exitCode());
        assertEquals("torc: not found: workflow 8 not found", missing.err().strip());
    }

    @Test
    void workflowsListInJsonIsAnArrayOfEveryPage() throws Exception {
        server.on(
                "GET",
                "/workflows",
                request ->
                        request.query().contains("offset=0")
                                ? StubServer.Response.ok(
                                        page("[{\"id\":1,\"name\":\"a\",\"user\":\"u\"}]", true))
                                : StubServer.Response.ok(
                                        page("[{\"id\":2,\"name\":\"b\",\"user\":\"u\"}]", false)));

        Cli.Result result =
                Cli.withUrl(server.url()).env("USER", "u").run("workflows", "list", "-f", "json");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode array = json.readTree(result.out());
        assertTrue(array.isArray());
        assertEquals(2, array.size());
        assertTrue(server.requests().get(0).query().contains("user=u"));
    }

    @Test
    void allUsersListsWithoutAUserFilter() {
        server.on("GET", "/workflows", 200, page("[]", false));

        Cli.withUrl(server.url()).env("USER", "u").run("workflows", "list", "--all-users");

        assertFalse(server.requests().get(0).query().contains("user="));
    }

    @Test
    void jobsListInJsonWrapsTheJobs() throws Exception {
        server.on(
                "GET",
                "/jobs",
                200,
                page(
                        "[{\"id\":3,\"name\":\"j\",\"status\":\"ready\",\"command\":\"true\"}]",
                        false));

        Cli.Result result =
                Cli.withUrl(server.url())
                        .run("-f", "json", "jobs", "list", "5", "--status", "ready");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(3, json.readTree(result.out()).get("jobs").get(0).get("id").asInt());
        assertTrue(server.requests().get(0).query().contains("status=ready"));
    }

    @Test
    void anUnknownStatusIsRefusedBeforeAskingTheServer() {
        Cli.Result result = Cli.withUrl(server.url()).run("jobs", "list", "5", "--status", "done");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("unknown job status 'done'"), result.err());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void tablesFitInOneHundredColumns() {
        String longCommand = "python simulate.py " + "--option value ".repeat(20);
        server.on(
                "GET",
                "/jobs",
                200,
                page(
                        "[{\"id\":3,\"name\":\""
                                + "n".repeat(60)
                                + "\",\"status\":\"ready\","
                                + "\"command\":\""
                                + longCommand
                                + "\"}]",
                        false));

        Cli.Result result = Cli.withUrl(server.url()).run("jobs", "list", "5");

        assertEquals(0, result.exitCode(), result.err());
        for (String line : result.out().split("\\R")) {
            assertTrue(line.length() <= 100, line.length() + ": " + line);
        }
        assertTrue(result.out().contains("..."), result.out());
    }

    @Test
    void workflowStatusCountsJobsByStatus() throws Exception {
        server.on("GET", "/workflows/4/status", 200, "{\"run_id\":1,\"is_canceled\":false}");
        server.on(
                "GET",
                "/jobs",
                request ->
                        StubServer.Response.ok(
                                request.query().contains("status=completed")
                                        ? "{\"items\":[],\"count\":1,\"total_count\":3}"
                                        : "{\"items\":[],\"count\":0,\"total_count\":0}"));

        Cli.Result result = Cli.withUrl(server.url()).run("workflows", "status", "4", "-f", "json");

        assertEquals(0, result.exitCode(), result.err());
        JsonNode status = json.readTree(result.out());
        assertEquals(3, status.get("job_counts").get("completed").asInt());
        assertEquals(1, status.get("job_counts").size());
    }

    @Test
    void resetStatusCanResetOnlyFailedJobs() {
        server.on(
                "POST",
                "/workflows/4/reset_job_status",
                200,
                "{\"workflow_id\":4,\"updated_count\":2,\"status\":\"uninitialized\"}");
        server.on("POST", "/workflows/4/reset_status", 200, "{}");

        Cli.Result result =
                Cli.withUrl(server.url()).run("workflows", "reset-status", "4", "--failed-only");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("Reset 2 jobs of workflow 4", result.out().strip());
        assertEquals("failed_only=true", server.requests().get(0).query());
    }

    @Test
    void helpFootersShowExamples() {
        Cli.Result result = new Cli().run("workflows", "create", "--help");

        assertTrue(result.out().contains("Examples:"), result.out());
    }

    @Test
    void completionScriptIsGenerated() {
        Cli.Result result = new Cli().run("generate-completion");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().contains("complete -F"), result.out().substring(0, 200));
    }

    static String page(String items, boolean hasMore) {
        return "{\"items\":"
                + items
                + ",\"offset\":0,\"count\":1,\"total_count\":2,"
                + "\"max_limit\":10000,\"has_more\":"
                + hasMore
                + "}";
    }
}
