package org.torc.file;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.torc.records.Updatable;
import org.torc.records.WorkflowRecord;

/** A file that jobs read or write; data or code, named independently of its path. */
@Entity
@Table(name = "file")
public class FileRecord implements WorkflowRecord, Updatable<FileRecord> {

    @Id
    @Column(name = "id")
    @JsonProperty("id")
    private Long id;

    @Column(name = "workflow_id")
    @JsonProperty("workflow_id")
    private Long workflowId;

    @Column(name = "name")
    @JsonProperty("name")
    private String name;

    @Column(name = "path")
    @JsonProperty("path")
    private String path;

    @Column(name = "st_mtime")
    @JsonProperty("st_mtime")
    private Double stMtime;

    protected FileRecord() {}

    public FileRecord(Long workflowId) {
        this.workflowId = workflowId;
    }

    @Override
    public void applyChanges(FileRecord changes) {
        name = changes.name == null ? name : changes.name;
        path = changes.path == null ? path : changes.path;
        stMtime = changes.stMtime == null ? stMtime : changes.stMtime;
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

    public String name() {
        return name;
    }

    public String path() {
        return path;
    }

    public Double stMtime() {
        return stMtime;
    }
}
