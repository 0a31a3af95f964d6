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

/** Slurm allocation descriptions of a workflow; they are stored, nothing is submitted. */
@ApplicationScoped
public class SlurmSchedulerService extends WorkflowRecordService<SlurmScheduler> {

    private static final RecordStore<SlurmScheduler> SLURM =
            new RecordStore<>(SlurmScheduler.class, "Slurm scheduler");

    protected SlurmSchedulerService() {}

    @Inject
    public SlurmSchedulerService(Database database) {
        super(database, SLURM);
    }

    public SlurmScheduler create(SlurmScheduler scheduler) {
        Require.present(scheduler.account(), "account");
        Require.present(scheduler.nodes(), "nodes");
        Require.present(scheduler.walltime(), "walltime");
        scheduler.prepareForCreation();
        return insert(scheduler);
    }

    /** The Slurm list filters of the contract; every one is optional. */
    public record Filter(
            String name,
            String account,
            String gres,
            String mem,
            Long nodes,
            String partition,
            String qos,
            String tmp,
            String walltime) {}

    public Page<SlurmScheduler> list(long workflowId, Filter filter, PageRequest page) {
        RecordQuery query =
                RecordQuery.all()
                        .equal("name", filter.name())
                        .equal("account", filter.account())
                        .equal("gres", filter.gres())
                        .equal("mem", filter.mem())
                        .equal("nodes", filter.nodes())
                        .equal("partition", filter.partition())
                        .equal("qos", filter.qos())
                        .equal("tmp", filter.tmp())
                        .equal("walltime", filter.walltime());
        return listMatching(workflowId, query, page);
    }
}
