package org.torc.cli.client.runner;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * A finished job not yet reported to the server: its result, and the retry its failure handler asks
 * for, if any. Kept until the server has it, so a server restart loses nothing.
 */
final class Completion {

    final RunningJob job;
    final String status;
    final int returnCode;
    final double minutes;
    final Instant completed;
    final FailureRules.Rule retry;
    boolean reported;

    Completion(RunningJob job, String status, int returnCode, FailureRules.Rule retry) {
        this.job = job;
        this.status = status;
        this.returnCode = returnCode;
        this.minutes = job.minutes();
        this.completed = Instant.now();
        this.retry = retry;
    }

    /** The body of {@code complete_job}: the contract's result model. */
    ObjectNode result(long runId, long computeNodeId) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("job_id", job.id());
        result.put("workflow_id", job.workflowId());
        result.put("run_id", runId);
        result.put("attempt_id", job.attemptId());
        result.put("compute_node_id", computeNodeId);
        result.put("return_code", returnCode);
        result.put("exec_time_minutes", minutes);
        result.put("completion_time", completed.toString());
        result.put("status", status);
        return result;
    }
}
