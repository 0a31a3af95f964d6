package org.torc.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
 * Something that happened in a workflow, with a free-form JSON description and a time in
 * milliseconds since the epoch.
 */
@Entity
@Table(name = "event")
public class WorkflowEvent extends WorkflowRecord implements Updatable<WorkflowEvent> {

    @Column(name = "timestamp_ms")
    @JsonProperty("timestamp")
    private Long timestamp;

    @Column(name = "category")
    @JsonIgnore
    private String category;

    @Column(name = "data")
    @Convert(converter = JsonText.class)
    @JsonProperty("data")
    private JsonNode data;

    protected WorkflowEvent() {}

    public WorkflowEvent(Long workflowId) {
        super(workflowId);
    }

    public WorkflowEvent(Long workflowId, long timestamp, JsonNode data) {
        super(workflowId);
        this.timestamp = timestamp;
        this.data = data;
        this.category = categoryOf(data);
    }

    /** Stamps an event the client did not date with the time it arrived. */
    void prepareForCreation(long nowMillis) {
        timestamp = timestamp == null ? nowMillis : timestamp;
        category = categoryOf(data);
    }

    @Override
    public void applyChanges(WorkflowEvent changes) {
        timestamp = changes.timestamp == null ? timestamp : changes.timestamp;
        data = changes.data == null ? data : changes.data;
        category = categoryOf(data);
    }

    /** The event's category is its data's {@code category} field, when it has one. */
    private static String categoryOf(JsonNode data) {
        JsonNode category = data == null ? null : data.get("category");
        return category == null || !category.isTextual() ? null : category.asText();
    }

    public Long timestamp() {
        return timestamp;
    }

    public String category() {
        return category;
    }

    public JsonNode data() {
        return data;
    }
}
