package org.torc.web.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.torc.web.testing.RunningServer;

/** A minimal JSON client for the tests; single quotes in bodies stand for double quotes. */
final class Api {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI base;

    Api(RunningServer server) {
        this.base = server.baseUri();
    }

    /** A response: its status and its JSON body (a missing node when the body is not JSON). */
    record Reply(int status, JsonNode body, String text) {

        JsonNode ok() {
            assertEquals(200, status, text);
            return body;
        }

        /** Asserts the contract's error body with this status and answers its message. */
        String error(int expected) {
            assertEquals(expected, status, text);
            assertEquals(expected, body.path("errorNum").asInt(), text);
            assertEquals(expected, body.path("code").asInt(), text);
            return body.path("errorMessage").asText();
        }
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends a body as is, without turning single quotes into double ones. */
    Reply raw(String method, String path, String body) {
        return exchange(method, path, body);
    }

    private Reply send(String method, String path, String json) {
        return exchange(method, path, json == null ? null : json.replace('\'', '"'));
    }

    private Reply exchange(String method, String path, String body) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + "/" + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), parse(response.body()), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return text.isBlank() ? MAPPER.missingNode() : MAPPER.readTree(text);
        } catch (IOException e) {
            return MAPPER.missingNode();
        }
    }

    /** Creates a workflow owned by {@code user}; answers its id. */
    long workflow(String name, String user) {
        return post("workflows", "{'name': '" + name + "', 'user': '" + user + "'}")
                .ok()
                .path("id")
                .asLong();
    }

    /** Creates a job; {@code more} adds JSON fields, e.g. {@code 'depends_on_job_ids': [3]}. */
    long job(long workflowId, String name, String more) {
        String extra = more.isEmpty() ? "" : ", " + more;
        return post(
                        "jobs",
                        "{'workflow_id': "
                                + workflowId
                                + ", 'name': '"
                                + name
                                + "', 'command': 'echo "
                                + name
                                + "'"
                                + extra
                                + "}")
                .ok()
                .path("id")
                .asLong();
    }

    String status(long jobId) {
        return get("jobs/" + jobId).ok().path("status").asText();
    }

    /** A result body as a job runner sends it. */
    static String result(long workflowId, long jobId, int returnCode, String status) {
        return "{'workflow_id': %d, 'job_id': %d, 'run_id': 0, 'return_code': %d,"
                        .formatted(workflowId, jobId, returnCode)
                + " 'exec_time_minutes': 0.25, 'completion_time': '2025-06-01T12:00:00Z',"
                + " 'compute_node_id': 1, 'status': '%s'}".formatted(status);
    }
}
