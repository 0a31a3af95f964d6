package org.torc.compute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.torc.persistence.Database;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.records.RecordQuery;
import org.torc.records.RecordStore;
import org.torc.records.Require;

/** Compute nodes that ran job runners for a workflow. */
@ApplicationScoped
public class ComputeNodeService {

    private static final RecordStore<ComputeNode> NODES =
            new RecordStore<>(ComputeNode.class, "compute node");

    private Database database;

    protected ComputeNodeService() {}

    @Inject
    public ComputeNodeService(Database database) {
        this.database = database;
    }

    public ComputeNode create(ComputeNode node) {
        Require.present(node.hostname(), "hostname");
        Require.present(node.pid(), "pid");
        Require.present(node.startTime(), "start_time");
        Require.present(node.numCpus(), "num_cpus");
        Require.present(node.memoryGb(), "memory_gb");
        Require.present(node.numGpus(), "num_gpus");
        Require.present(node.numNodes(), "num_nodes");
        Require.present(node.computeNodeType(), "compute_node_type");
        return database.inTransaction(em -> NODES.create(em, node));
    }

    public ComputeNode get(long id) {
        return database.inTransaction(em -> NODES.get(em, id));
    }

    public ComputeNode update(long id, ComputeNode changes) {
        return database.inTransaction(em -> NODES.update(em, id, changes));
    }

    public ComputeNode delete(long id) {
        return database.inTransaction(em -> NODES.delete(em, id));
    }

    public long deleteAll(long workflowId) {
        return database.inTransaction(em -> NODES.deleteAll(em, workflowId));
    }

    public Page<ComputeNode> list(
            long workflowId, String hostname, Boolean isActive, PageRequest page) {
        RecordQuery query = RecordQuery.all().equal("hostname", hostname).equal("active", isActive);
        return database.inTransaction(em -> NODES.list(em, workflowId, query, page));
    }
}
