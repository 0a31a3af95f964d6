package org.torc.scheduler;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.torc.persistence.Database;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.records.RecordQuery;
import org.torc.records.RecordStore;
import org.torc.records.Require;

/**
 * Scheduler records of a workflow: local and Slurm configurations, and compute nodes requested from
 * a scheduler. They are stored and listed; nothing is submitted to Slurm.
 */
@ApplicationScoped
public class SchedulerService {

    private static final RecordStore<LocalScheduler> LOCAL =
            new RecordStore<>(LocalScheduler.class, "local scheduler");
    private static final RecordStore<SlurmScheduler> SLURM =
            new RecordStore<>(SlurmScheduler.class, "Slurm scheduler");
    private static final RecordStore<ScheduledComputeNode> SCHEDULED =
            new RecordStore<>(ScheduledComputeNode.class, "scheduled compute node");

    private Database database;

    protected SchedulerService() {}

    @Inject
    public SchedulerService(Database database) {
        this.database = database;
    }

    public LocalScheduler createLocal(LocalScheduler scheduler) {
        scheduler.prepareForCreation();
        return database.inTransaction(em -> LOCAL.create(em, scheduler));
    }

    public LocalScheduler getLocal(long id) {
        return database.inTransaction(em -> LOCAL.get(em, id));
    }

    public LocalScheduler updateLocal(long id, LocalScheduler changes) {
        return database.inTransaction(em -> LOCAL.update(em, id, changes));
    }

    public LocalScheduler deleteLocal(long id) {
        return database.inTransaction(em -> LOCAL.delete(em, id));
    }

    public long deleteAllLocal(long workflowId) {
        return database.inTransaction(em -> LOCAL.deleteAll(em, workflowId));
    }

    public Page<LocalScheduler> listLocal(
            long workflowId, String memory, Long numCpus, PageRequest page) {
        RecordQuery query = RecordQuery.all().equal("memory", memory).equal("numCpus", numCpus);
        return database.inTransaction(em -> LOCAL.list(em, workflowId, query, page));
    }

    public SlurmScheduler createSlurm(SlurmScheduler scheduler) {
        Require.present(scheduler.account(), "account");
        Require.present(scheduler.nodes(), "nodes");
        Require.present(scheduler.walltime(), "walltime");
        scheduler.prepareForCreation();
        return database.inTransaction(em -> SLURM.create(em, scheduler));
    }

    public SlurmScheduler getSlurm(long id) {
        return database.inTransaction(em -> SLURM.get(em, id));
    }

    public SlurmScheduler updateSlurm(long id, SlurmScheduler changes) {
        return database.inTransaction(em -> SLURM.update(em, id, changes));
    }

    public SlurmScheduler deleteSlurm(long id) {
        return database.inTransaction(em -> SLURM.delete(em, id));
    }

    public long deleteAllSlurm(long workflowId) {
        return database.inTransaction(em -> SLURM.deleteAll(em, workflowId));
    }

    /** The Slurm list filters of the contract; every one is optional. */
    public record SlurmFilter(
            String name,
            String account,
            String gres,
            String mem,
            Long nodes,
            String partition,
            String qos,
            String tmp,
            String walltime) {}

    public Page<SlurmScheduler> listSlurm(long workflowId, SlurmFilter filter, PageRequest page) {
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
        return database.inTransaction(em -> SLURM.list(em, workflowId, query, page));
    }

    public ScheduledComputeNode createScheduled(ScheduledComputeNode node) {
        Require.present(node.schedulerId(), "scheduler_id");
        Require.present(node.schedulerConfigId(), "scheduler_config_id");
        Require.present(node.schedulerType(), "scheduler_type");
        Require.present(node.status(), "status");
        return database.inTransaction(em -> SCHEDULED.create(em, node));
    }

    public ScheduledComputeNode getScheduled(long id) {
        return database.inTransaction(em -> SCHEDULED.get(em, id));
    }

    public ScheduledComputeNode updateScheduled(long id, ScheduledComputeNode changes) {
        return database.inTransaction(em -> SCHEDULED.update(em, id, changes));
    }

    public ScheduledComputeNode deleteScheduled(long id) {
        return database.inTransaction(em -> SCHEDULED.delete(em, id));
    }

    public long deleteAllScheduled(long workflowId) {
        return database.inTransaction(em -> SCHEDULED.deleteAll(em, workflowId));
    }

    public Page<ScheduledComputeNode> listScheduled(
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
        return database.inTransaction(em -> SCHEDULED.list(em, workflowId, query, page));
    }
}
