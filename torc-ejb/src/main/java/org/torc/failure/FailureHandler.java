package org.torc.failure;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.torc.records.Updatable;
import org.torc.records.WorkflowRecord;

/**
 * Rules for retrying failed jobs automatically: a JSON array of rules matching exit codes, each
 * with a retry limit.
 */
@Entity
@Table(name = "failure_handler")
public class FailureHandler extends WorkflowRecord implements Updatable<FailureHandler> {

    @Column(name = "name")
    @JsonProperty("name")
    private String name;

    @Column(name = "rules")
    @JsonProperty("rules")
    private String rules;

    protected FailureHandler() {}

    public FailureHandler(Long workflowId) {
        super(workflowId);
    }

    @Override
    public void applyChanges(FailureHandler changes) {
        name = changes.name == null ? name : changes.name;
        rules = changes.rules == null ? rules : changes.rules;
    }

    public String name() {
        return name;
    }

    public String rules() {
        return rules;
    }
}
