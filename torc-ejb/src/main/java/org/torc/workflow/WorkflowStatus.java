package org.torc.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The run state of a workflow: which run it is in, and whether it is canceled or archived. */
public record WorkflowStatus(
        @JsonProperty("id") Long id,
        @JsonProperty("is_canceled") Boolean isCanceled,
        @JsonProperty("is_archived") Boolean isArchived,
        @JsonProperty("run_id") Long runId,
        @JsonProperty("has_detected_need_to_run_completion_script")
                Boolean needsCompletionScript) {}
