package org.torc.compute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.torc.persistence.Database;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.records.RecordQuery;
import org.torc.records.RecordStore;
import org.torc.records.Require;
import org.torc.records.WorkflowRecordService;

/** Compute nodes that ran job runners for a workflow. */
@ApplicationScoped
public class ComputeNodeService extends WorkflowRecordService<ComputeNode> {

    private static final RecordStore<ComputeNode> NODES =
            new RecordStore<>(ComputeNode.class, "compute node");

    protected ComputeNodeService() {}

    @Inject
    public ComputeNodeService(Database database) {
        super(database, NODES);
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
        return insert(node);
    }

    public Page<ComputeNode> list(
            long workflowId, String hostname, Boolean isActive, PageRequest page) {
        RecordQuery query = RecordQuery.all().equal("hostname", hostname).equal("active", isActive);
        return listMatching(workflowId, query, page);
    }
}
