package org.torc.compute;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.torc.records.JsonText;
import org.torc.records.Updatable;
import org.torc.records.WorkflowRecord;

/**
 * A machine (or allocation) that ran a job runner for a workflow, with the resources it offered.
 */
@Entity
@Table(name = "compute_node")
public class ComputeNode extends WorkflowRecord implements Updatable<ComputeNode> {

    @Column(name = "hostname")
    @JsonProperty("hostname")
    private String hostname;

    @Column(name = "pid")
    @JsonProperty("pid")
    private Long pid;

    @Column(name = "start_time")
    @JsonProperty("start_time")
    private String startTime;

    @Column(name = "duration_seconds")
    @JsonProperty("duration_seconds")
    private Double durationSeconds;

    @Column(name = "is_active")
    @JsonProperty("is_active")
    private Boolean active;

    @Column(name = "num_cpus")
    @JsonProperty("num_cpus")
    private Long numCpus;

    @Column(name = "memory_gb")
    @JsonProperty("memory_gb")
    private Double memoryGb;

    @Column(name = "num_gpus")
    @JsonProperty("num_gpus")
    private Long numGpus;

    @Column(name = "num_nodes")
    @JsonProperty("num_nodes")
    private Long numNodes;

    @Column(name = "time_limit")
    @JsonProperty("time_limit")
    private String timeLimit;

    @Column(name = "scheduler_config_id")
    @JsonProperty("scheduler_config_id")
    private Long schedulerConfigId;

    @Column(name = "compute_node_type")
    @JsonProperty("compute_node_type")
    private String computeNodeType;

    @Column(name = "scheduler")
    @Convert(converter = JsonText.class)
    @JsonProperty("scheduler")
    private JsonNode scheduler;

    protected ComputeNode() {}

    public ComputeNode(Long workflowId) {
        super(workflowId);
    }

    @Override
    public void applyChanges(ComputeNode changes) {
        hostname = changes.hostname == null ? hostname : changes.hostname;
        pid = changes.pid == null ? pid : changes.pid;
        startTime = changes.startTime == null ? startTime : changes.startTime;
        durationSeconds =
                changes.durationSeconds == null ? durationSeconds : changes.durationSeconds;
        active = changes.active == null ? active : changes.active;
        numCpus = changes.numCpus == null ? numCpus : changes.numCpus;
        memoryGb = changes.memoryGb == null ? memoryGb : changes.memoryGb;
        numGpus = changes.numGpus == null ? numGpus : changes.numGpus;
        numNodes = changes.numNodes == null ? numNodes : changes.numNodes;
        timeLimit = changes.timeLimit == null ? timeLimit : changes.timeLimit;
        schedulerConfigId =
                changes.schedulerConfigId == null ? schedulerConfigId : changes.schedulerConfigId;
        computeNodeType =
                changes.computeNodeType == null ? computeNodeType : changes.computeNodeType;
        scheduler = changes.scheduler == null ? scheduler : changes.scheduler;
    }

    public String hostname() {
        return hostname;
    }

    public Long pid() {
        return pid;
    }

    public String startTime() {
        return startTime;
    }

    public Double durationSeconds() {
        return durationSeconds;
    }

    public Boolean active() {
        return active;
    }

    public Long numCpus() {
        return numCpus;
    }

    public Double memoryGb() {
        return memoryGb;
    }

    public Long numGpus() {
        return numGpus;
    }

    public Long numNodes() {
        return numNodes;
    }

    public String timeLimit() {
        return timeLimit;
    }

    public Long schedulerConfigId() {
        return schedulerConfigId;
    }

    public String computeNodeType() {
        return computeNodeType;
    }

    public JsonNode scheduler() {
        return scheduler;
    }
}
