package org.torc.scheduler;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.torc.records.Updatable;
import org.torc.records.WorkflowRecord;

/** A compute node that was requested from a scheduler and may not be running yet. */
@Entity
@Table(name = "scheduled_compute_node")
public class ScheduledComputeNode implements WorkflowRecord, Updatable<ScheduledComputeNode> {

    @Id
    @Column(name = "id")
    @JsonProperty("id")
    private Long id;

    @Column(name = "workflow_id")
    @JsonProperty("workflow_id")
    private Long workflowId;

    @Column(name = "scheduler_id")
    @JsonProperty("scheduler_id")
    private Long schedulerId;

    @Column(name = "scheduler_config_id")
    @JsonProperty("scheduler_config_id")
    private Long schedulerConfigId;

    @Column(name = "scheduler_type")
    @JsonProperty("scheduler_type")
    private String schedulerType;

    @Column(name = "status")
    @JsonProperty("status")
    private String status;

    protected ScheduledComputeNode() {}

    public ScheduledComputeNode(Long workflowId) {
        this.workflowId = workflowId;
    }

    @Override
    public void applyChanges(ScheduledComputeNode changes) {
        schedulerId = changes.schedulerId == null ? schedulerId : changes.schedulerId;
        schedulerConfigId =
                changes.schedulerConfigId == null ? schedulerConfigId : changes.schedulerConfigId;
        schedulerType = changes.schedulerType == null ? schedulerType : changes.schedulerType;
        status = changes.status == null ? status : changes.status;
    }

    @Override
    public void assignId(long id) {
        this.id = id;
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public Long workflowId() {
        return workflowId;
    }

    public Long schedulerId() {
        return schedulerId;
    }

    public Long schedulerConfigId() {
        return schedulerConfigId;
    }

    public String schedulerType() {
        return schedulerType;
    }

    public String status() {
        return status;
    }
}
