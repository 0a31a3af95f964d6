package org.torc.scheduler;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.torc.persistence.Database;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.records.RecordQuery;
import org.torc.records.RecordStore;
import org.torc.records.Require;
import org.torc.records.WorkflowRecordService;

/** Compute nodes of a workflow requested from a scheduler. */
@ApplicationScoped
public class ScheduledComputeNodeService extends WorkflowRecordService<ScheduledComputeNode> {

    private static final RecordStore<ScheduledComputeNode> SCHEDULED =
            new RecordStore<>(ScheduledComputeNode.class, "scheduled compute node");

    protected ScheduledComputeNodeService() {}

    @Inject
    public ScheduledComputeNodeService(Database database) {
        super(database, SCHEDULED);
    }

    public ScheduledComputeNode create(ScheduledComputeNode node) {
        Require.present(node.schedulerId(), "scheduler_id");
        Require.present(node.schedulerConfigId(), "scheduler_config_id");
        Require.present(node.schedulerType(), "scheduler_type");
        Require.present(node.status(), "status");
        return insert(node);
    }

    public Page<ScheduledComputeNode> list(
            long workflowId,
            Long schedulerId,
            Long schedulerConfigId,
            String status,
            PageRequest page) {
        RecordQuery query =
                RecordQuery.all()
                        .equal("schedulerId", schedulerId)
                        .equal("schedulerConfigId", schedulerConfigId)
                        .equal("status", status);
        return listMatching(workflowId, query, page);
    }
}
