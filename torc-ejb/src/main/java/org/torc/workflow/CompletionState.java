package org.torc.workflow;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to "is this workflow complete?", in the contract's shape. */
public record CompletionState(
        @JsonProperty("is_canceled") boolean isCanceled,
        @JsonProperty("is_complete") boolean isComplete,
        @JsonProperty("needs_to_run_completion_script") boolean needsCompletionScript) {}
