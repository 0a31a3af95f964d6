package org.torc.file;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.torc.records.Updatable;
import org.torc.records.WorkflowRecord;

/** A file that jobs read or write; data or code, named independently of its path. */
@Entity
@Table(name = "file")
public class FileRecord extends WorkflowRecord implements Updatable<FileRecord> {

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
        super(workflowId);
    }

    @Override
    public void applyChanges(FileRecord changes) {
        name = changes.name == null ? name : changes.name;
        path = changes.path == null ? path : changes.path;
        stMtime = changes.stMtime == null ? stMtime : changes.stMtime;
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
