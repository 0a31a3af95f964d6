package org.torc.records;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A record that belongs to one workflow and is identified by a database-generated id: the two
 * columns, {@code id} and {@code workflow_id}, that every per-workflow table starts with.
 */
@MappedSuperclass
public abstract class WorkflowRecord {

    @Id
    @Column(name = "id")
    @JsonProperty("id")
    private Long id;

    @Column(name = "workflow_id")
    @JsonProperty("workflow_id")
    private Long workflowId;

    /** For JPA and JSON only. */
    protected WorkflowRecord() {}

    protected WorkflowRecord(Long workflowId) {
        this.workflowId = workflowId;
    }

    public Long id() {
        return id;
    }

    public Long workflowId() {
        return workflowId;
    }

    /** Called once, after the row is inserted, with the id the database chose. */
    public void assignId(long id) {
        this.id = id;
    }

    /** For a record whose workflow the server decides rather than the client. */
    protected void assignWorkflowId(long workflowId) {
        this.workflowId = workflowId;
    }
}
