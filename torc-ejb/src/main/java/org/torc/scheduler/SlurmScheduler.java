package org.torc.scheduler;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.torc.records.Updatable;
import org.torc.records.WorkflowRecord;

/**
 * A Slurm allocation description: account, nodes, walltime and the other sbatch settings. Stored
 * and listed only; nothing is submitted.
 */
@Entity
@Table(name = "slurm_scheduler")
public class SlurmScheduler extends WorkflowRecord implements Updatable<SlurmScheduler> {

    @Column(name = "name")
    @JsonProperty("name")
    private String name;

    @Column(name = "account")
    @JsonProperty("account")
    private String account;

    @Column(name = "gres")
    @JsonProperty("gres")
    private String gres;

    @Column(name = "mem")
    @JsonProperty("mem")
    private String mem;

    @Column(name = "nodes")
    @JsonProperty("nodes")
    private Long nodes;

    @Column(name = "ntasks_per_node")
    @JsonProperty("ntasks_per_node")
    private Long ntasksPerNode;

    @Column(name = "slurm_partition")
    @JsonProperty("partition")
    private String partition;

    @Column(name = "qos")
    @JsonProperty("qos")
    private String qos;

    @Column(name = "tmp")
    @JsonProperty("tmp")
    private String tmp;

    @Column(name = "walltime")
    @JsonProperty("walltime")
    private String walltime;

    @Column(name = "extra")
    @JsonProperty("extra")
    private String extra;

    protected SlurmScheduler() {}

    public SlurmScheduler(Long workflowId) {
        super(workflowId);
    }

    /** Slurm's own default priority when the client names none. */
    void prepareForCreation() {
        qos = qos == null ? "normal" : qos;
    }

    @Override
    public void applyChanges(SlurmScheduler changes) {
        name = changes.name == null ? name : changes.name;
        account = changes.account == null ? account : changes.account;
        gres = changes.gres == null ? gres : changes.gres;
        mem = changes.mem == null ? mem : changes.mem;
        nodes = changes.nodes == null ? nodes : changes.nodes;
        ntasksPerNode = changes.ntasksPerNode == null ? ntasksPerNode : changes.ntasksPerNode;
        partition = changes.partition == null ? partition : changes.partition;
        qos = changes.qos == null ? qos : changes.qos;
        tmp = changes.tmp == null ? tmp : changes.tmp;
        walltime = changes.walltime == null ? walltime : changes.walltime;
        extra = changes.extra == null ? extra : changes.extra;
    }

    public String name() {
        return name;
    }

    public String account() {
        return account;
    }

    public String gres() {
        return gres;
    }

    public String mem() {
        return mem;
    }

    public Long nodes() {
        return nodes;
    }

    public Long ntasksPerNode() {
        return ntasksPerNode;
    }

    public String partition() {
        return partition;
    }

    public String qos() {
        return qos;
    }

    public String tmp() {
        return tmp;
    }

    public String walltime() {
        return walltime;
    }

    public String extra() {
        return extra;
    }
}
