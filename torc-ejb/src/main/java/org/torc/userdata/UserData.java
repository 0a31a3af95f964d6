package org.torc.userdata;

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
 * A named JSON value that jobs read or write, kept in the database. Ephemeral values are cleared
 * before each new run.
 */
@Entity
@Table(name = "user_data")
public class UserData extends WorkflowRecord implements Updatable<UserData> {

    @Column(name = "name")
    @JsonProperty("name")
    private String name;

    @Column(name = "is_ephemeral")
    @JsonProperty("is_ephemeral")
    private Boolean ephemeral;

    @Column(name = "data")
    @Convert(converter = JsonText.class)
    @JsonProperty("data")
    private JsonNode data;

    protected UserData() {}

    public UserData(Long workflowId) {
        super(workflowId);
    }

    /** A new record is not ephemeral unless the client says so. */
    void prepareForCreation() {
        ephemeral = ephemeral != null && ephemeral;
    }

    @Override
    public void applyChanges(UserData changes) {
        name = changes.name == null ? name : changes.name;
        ephemeral = changes.ephemeral == null ? ephemeral : changes.ephemeral;
        data = changes.data == null ? data : changes.data;
    }

    public String name() {
        return name;
    }

    public Boolean ephemeral() {
        return ephemeral;
    }

    public JsonNode data() {
        return data;
    }
}
