package org.torc.scheduler;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.torc.persistence.Database;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.records.RecordQuery;
import org.torc.records.RecordStore;
import org.torc.records.WorkflowRecordService;

/** Local compute node configurations of a workflow. */
@ApplicationScoped
public class LocalSchedulerService extends WorkflowRecordService<LocalScheduler> {

    private static final RecordStore<LocalScheduler> LOCAL =
            new RecordStore<>(LocalScheduler.class, "local scheduler");

    protected LocalSchedulerService() {}

    @Inject
    public LocalSchedulerService(Database database) {
        super(database, LOCAL);
    }

    public LocalScheduler create(LocalScheduler scheduler) {
        scheduler.prepareForCreation();
        return insert(scheduler);
    }

    public Page<LocalScheduler> list(
            long workflowId, String memory, Long numCpus, PageRequest page) {
        RecordQuery query = RecordQuery.all().equal("memory", memory).equal("numCpus", numCpus);
        return listMatching(workflowId, query, page);
    }
}
