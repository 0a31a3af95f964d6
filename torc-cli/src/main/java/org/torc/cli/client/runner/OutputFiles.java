package org.torc.cli.client.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.torc.cli.client.http.ApiException;
import org.torc.cli.client.http.Query;
import org.torc.cli.client.http.TorcApi;

/**
 * The files a job declares it writes: after it returns 0, each must exist (relative paths count
 * from the runner's directory, where jobs run), and the server learns its modification time.
 */
final class OutputFiles {

    private final TorcApi api;
    private final ServerCalls server;
    private final Reporter reporter;
    private final Map<Long, JsonNode> files;

    /** {@code files}: the workflow's file records by id, read when the run starts. */
    OutputFiles(TorcApi api, ServerCalls server, Reporter reporter, Map<Long, JsonNode> files) {
        this.api = api;
        this.server = server;
        this.reporter = reporter;
        this.files = files;
    }

    /** The paths of declared output files that do not exist. */
    List<String> missing(RunningJob job) {
        List<String> missing = new ArrayList<>();
        for (JsonNode file : declared(job)) {
            Path path = Path.of(file.path("path").asText());
            if (Files.exists(path)) {
                recordMtime(file, path);
            } else {
                missing.add(path.toString());
            }
        }
        return missing;
    }

    /** From the claimed job's {@code output_file_ids} if the server sent them, else asked for. */
    private List<JsonNode> declared(RunningJob job) {
        JsonNode ids = job.job().path("output_file_ids");
        if (ids.isArray()) {
            List<JsonNode> outputs = new ArrayList<>();
            ids.forEach(id -> Optional.ofNullable(files.get(id.asLong())).ifPresent(outputs::add));
            return outputs;
        }
        Query query = Query.of("workflow_id", job.workflowId()).and("produced_by_job_id", job.id());
        return server.call(() -> api.list("/files", query));
    }

    private void recordMtime(JsonNode file, Path path) {
        try {
            ObjectNode updated = file.deepCopy();
            updated.put("st_mtime", Files.getLastModifiedTime(path).toMillis() / 1000.0);
            server.run(() -> api.put("/files/" + file.path("id").asLong(), updated));
        } catch (IOException | ApiException e) {
            reporter.event("cannot record the time of " + path + ": " + e.getMessage());
        }
    }
}
