package org.torc.scheduler;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.torc.records.Updatable;
import org.torc.records.WorkflowRecord;

/** A description of a local (non-Slurm) compute node configuration. */
@Entity
@Table(name = "local_scheduler")
public class LocalScheduler extends WorkflowRecord implements Updatable<LocalScheduler> {

    @Column(name = "name")
    @JsonProperty("name")
    private String name;

    @Column(name = "memory")
    @JsonProperty("memory")
    private String memory;

    @Column(name = "num_cpus")
    @JsonProperty("num_cpus")
    private Long numCpus;

    protected LocalScheduler() {}

    public LocalScheduler(Long workflowId) {
        super(workflowId);
    }

    /** A local scheduler without a name is called {@code default}, as in the contract. */
    void prepareForCreation() {
        name = name == null ? "default" : name;
    }

    @Override
    public void applyChanges(LocalScheduler changes) {
        name = changes.name == null ? name : changes.name;
        memory = changes.memory == null ? memory : changes.memory;
        numCpus = changes.numCpus == null ? numCpus : changes.numCpus;
    }

    public String name() {
        return name;
    }

    public String memory() {
        return memory;
    }

    public Long numCpus() {
        return numCpus;
    }
}
