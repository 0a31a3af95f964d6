package org.torc.scheduler;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.torc.records.Updatable;
import org.torc.records.WorkflowRecord;

/** A compute node that was requested from a scheduler and may not be running yet. */
@Entity
@Table(name = "scheduled_compute_node")
public class ScheduledComputeNode extends WorkflowRecord
        implements Updatable<ScheduledComputeNode> {

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
        super(workflowId);
    }

    @Override
    public void applyChanges(ScheduledComputeNode changes) {
        schedulerId = changes.schedulerId == null ? schedulerId : changes.schedulerId;
        schedulerConfigId =
                changes.schedulerConfigId == null ? schedulerConfigId : changes.schedulerConfigId;
        schedulerType = changes.schedulerType == null ? schedulerType : changes.schedulerType;
        status = changes.status == null ? status : changes.status;
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
