package org.torc.resource;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.torc.records.Updatable;
import org.torc.records.WorkflowRecord;

/**
 * What a job needs to run: CPUs, GPUs, nodes, memory and runtime. Memory and runtime are also kept
 * as bytes and seconds, which claiming compares.
 */
@Entity
@Table(name = "resource_requirements")
public class ResourceRequirements extends WorkflowRecord
        implements Updatable<ResourceRequirements> {

    @Column(name = "name")
    @JsonProperty("name")
    private String name;

    @Column(name = "num_cpus")
    @JsonProperty("num_cpus")
    private Long numCpus;

    @Column(name = "num_gpus")
    @JsonProperty("num_gpus")
    private Long numGpus;

    @Column(name = "num_nodes")
    @JsonProperty("num_nodes")
    private Long numNodes;

    @Column(name = "memory")
    @JsonProperty("memory")
    private String memory;

    @Column(name = "runtime")
    @JsonProperty("runtime")
    private String runtime;

    @Column(name = "memory_bytes")
    @JsonIgnore
    private Long memoryBytes;

    @Column(name = "runtime_seconds")
    @JsonIgnore
    private Long runtimeSeconds;

    protected ResourceRequirements() {}

    public ResourceRequirements(Long workflowId) {
        super(workflowId);
    }

    /** The name of the record every workflow gets when it is created. */
    public static final String DEFAULT_NAME = "default";

    /** The contract's defaults: one CPU, no GPU, one node, 1 MiB, one minute. */
    public static ResourceRequirements defaults(long workflowId) {
        ResourceRequirements requirements = new ResourceRequirements(workflowId);
        requirements.name = DEFAULT_NAME;
        requirements.prepare();
        return requirements;
    }

    /** Fills absent fields with the contract's defaults and derives bytes and seconds. */
    void prepare() {
        numCpus = numCpus == null ? 1 : numCpus;
        numGpus = numGpus == null ? 0 : numGpus;
        numNodes = numNodes == null ? 1 : numNodes;
        memory = memory == null ? "1m" : memory;
        runtime = runtime == null ? "P0DT1M" : runtime;
        memoryBytes = Quantities.memoryBytes(memory, "memory");
        runtimeSeconds = Quantities.seconds(runtime, "runtime");
    }

    @Override
    public void applyChanges(ResourceRequirements changes) {
        name = changes.name == null ? name : changes.name;
        numCpus = changes.numCpus == null ? numCpus : changes.numCpus;
        numGpus = changes.numGpus == null ? numGpus : changes.numGpus;
        numNodes = changes.numNodes == null ? numNodes : changes.numNodes;
        memory = changes.memory == null ? memory : changes.memory;
        runtime = changes.runtime == null ? runtime : changes.runtime;
        prepare();
    }

    public String name() {
        return name;
    }

    public Long numCpus() {
        return numCpus;
    }

    public Long numGpus() {
        return numGpus;
    }

    public Long numNodes() {
        return numNodes;
    }

    public String memory() {
        return memory;
    }

    public String runtime() {
        return runtime;
    }

    public Long memoryBytes() {
        return memoryBytes;
    }

    public Long runtimeSeconds() {
        return runtimeSeconds;
    }
}
