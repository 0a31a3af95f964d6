package org.torc.job;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a job runner offers when it claims jobs: the contract's {@code compute_nodes_resources}. */
public record ComputeResources(
        @JsonProperty("id") Long id,
        @JsonProperty("num_cpus") Long numCpus,
        @JsonProperty("memory_gb") Double memoryGb,
        @JsonProperty("num_gpus") Long numGpus,
        @JsonProperty("num_nodes") Long numNodes,
        @JsonProperty("time_limit") String timeLimit,
        @JsonProperty("scheduler_config_id") Long schedulerConfigId) {}
