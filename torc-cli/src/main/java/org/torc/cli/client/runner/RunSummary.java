package org.torc.cli.client.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * How a run ended: the workflow's jobs per status, what this runner did, and whether it succeeded
 * (every job completed, disabled ones aside, and nothing stopped the run).
 */
record RunSummary(
        long workflowId,
        String name,
        long runId,
        String stopReason,
        JsonNode counts,
        int jobsRun,
        int retries,
        double elapsedSeconds,
        Path outputDir) {

    boolean success() {
        if (stopReason != null) {
            return false;
        }
        Iterator<String> statuses = counts.fieldNames();
        while (statuses.hasNext()) {
            String status = statuses.next();
            if (!status.equals("completed") && !status.equals("disabled")) {
                return false;
            }
        }
        return true;
    }

    ObjectNode toJson() {
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        summary.put("workflow_id", workflowId);
        summary.put("name", name);
        summary.put("run_id", runId);
        summary.put("success", success());
        if (stopReason != null) {
            summary.put("stopped", stopReason);
        }
        summary.set("job_counts", counts);
        summary.put("jobs_run_here", jobsRun);
        summary.put("retries", retries);
        summary.put("elapsed_seconds", elapsedSeconds);
        summary.put("output_dir", outputDir.toString());
        return summary;
    }

    /** One line, e.g. {@code Workflow 3 'w': 6 completed, 1 failed in 4.1 s (...)}. */
    String describe() {
        List<String> parts = new ArrayList<>();
        counts.fields().forEachRemaining(e -> parts.add(e.getValue().asLong() + " " + e.getKey()));
        StringBuilder text = new StringBuilder("Workflow " + workflowId + " '" + name + "': ");
        text.append(parts.isEmpty() ? "no jobs" : String.join(", ", parts));
        text.append(
                String.format(
                        " in %.1f s (%d jobs run here, %d retries)",
                        elapsedSeconds, jobsRun, retries));
        if (stopReason != null) {
            text.append("; stopped: ").append(stopReason);
        }
        if (!success()) {
            text.append("; job output in ").append(outputDir.resolve("job_stdio"));
        }
        return text.toString();
    }
}
