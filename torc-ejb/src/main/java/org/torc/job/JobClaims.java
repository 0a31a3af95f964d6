package org.torc.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.torc.event.EventLog;
import org.torc.persistence.Database;
import org.torc.problem.ServiceException;
import org.torc.records.Jdbc;
import org.torc.records.PageRequest;
import org.torc.records.Require;
import org.torc.resource.Quantities;
import org.torc.workflow.JobsSortMethod;
import org.torc.workflow.Workflow;
import org.torc.workflow.WorkflowLock;

/**
 * Claiming: ready jobs become pending and are handed to exactly one runner.
 *
 * <p>Each claim locks the workflow row, picks ready jobs and marks them pending in one transaction,
 * so concurrent claims (threads, or servers sharing one PostgreSQL database) take turns and never
 * see the same ready job. A canceled workflow hands out nothing.
 *
 * <p>A claim is a lease ({@link ClaimLease}): each claim first returns the workflow's jobs that
 * stayed pending longer than the lease to ready, so jobs whose runner never learnt of its claim are
 * not stranded. A claim by resources whose offer names a compute node of the workflow records that
 * node as the claimant, and only it may then start the job: a runner whose lease expired cannot
 * start a job that another runner claimed since.
 */
@ApplicationScoped
public class JobClaims {

    private static final Logger LOG = Logger.getLogger("torc.server.job");

    /** Resources of a job whose requirements record is gone: the contract's defaults. */
    private static final String REQUIREMENTS =
            "COALESCE(r.num_cpus, 1), COALESCE(r.num_gpus, 0), COALESCE(r.num_nodes, 1),"
                    + " COALESCE(r.memory_bytes, 1048576), COALESCE(r.runtime_seconds, 60)";

    private Database database;
    private ClaimLease lease;

    protected JobClaims() {}

    @Inject
    public JobClaims(Database database) {
        this(database, ClaimLease.configured());
    }

    public JobClaims(Database database, ClaimLease lease) {
        this.database = database;
        this.lease = lease;
    }

    /** The claimed jobs, now pending, with the reason when there are none. */
    public record Claim(
            @JsonProperty("jobs") List<Job> jobs, @JsonProperty("reason") String reason) {}

    /** Claims up to {@code limit} ready jobs in id order, whatever they need. */
    public List<Job> claimNext(long workflowId, long limit) {
        checkLimit(limit);
        return database.inTransaction(
                em -> {
                    Workflow workflow = WorkflowLock.lock(em, workflowId);
                    if (workflow.status().isCanceled() || limit == 0) {
                        return List.of();
                    }
                    expireClaims(em, workflowId);
                    List<Long> ids =
                            Jdbc.of(em)
                                    .ids(
                                            "SELECT id FROM job WHERE workflow_id = ?"
                                                    + " AND status = 'ready' ORDER BY id LIMIT ?",
                                            workflowId,
                                            limit);
                    return markPending(em, workflowId, ids, null);
                });
    }

    private static void checkLimit(long limit) {
        if (limit < 0 || limit > PageRequest.MAX_LIMIT) {
            throw ServiceException.badRequest(
                    "limit must be between 0 and " + PageRequest.MAX_LIMIT + ", got " + limit);
        }
    }

    /**
     * Claims up to {@code limit} ready jobs that fit together into what the runner offers: their
     * CPUs, GPUs and memory add up to at most the offer, each job's runtime fits the time limit,
     * and jobs needing several nodes share the offered nodes. Jobs are considered in the given sort
     * order, else the workflow's.
     *
     * @param strictSchedulerMatch when the runner names its scheduler, claim only jobs for that
     *     scheduler (or for none); otherwise such jobs merely come first
     */
    public Claim claimByResources(
            long workflowId,
            long limit,
            ComputeResources offer,
            JobsSortMethod sortMethod,
            boolean strictSchedulerMatch) {
        checkLimit(limit);
        Capacity capacity = Capacity.of(checked(offer));
        Claim claim =
                database.inTransaction(
                        em -> {
                            Workflow workflow = WorkflowLock.lock(em, workflowId);
                            if (workflow.status().isCanceled()) {
                                return new Claim(List.of(), "workflow is canceled");
                            }
                            expireClaims(em, workflowId);
                            JobsSortMethod order =
                                    sortMethod != null ? sortMethod : workflow.jobsSortMethod();
                            List<Candidate> candidates =
                                    candidates(
                                            em,
                                            workflowId,
                                            capacity,
                                            order,
                                            offer,
                                            strictSchedulerMatch);
                            List<Long> chosen = capacity.pack(candidates, limit);
                            Long claimant = claimant(em, workflowId, offer.id());
                            List<Job> jobs = markPending(em, workflowId, chosen, claimant);
                            return new Claim(jobs, reason(jobs, candidates));
                        });
        LOG.fine(() -> "Workflow " + workflowId + ": " + claim.jobs().size() + " jobs claimed");
        return claim;
    }

    private static ComputeResources checked(ComputeResources offer) {
        Require.present(offer, "compute_nodes_resources");
        Require.present(offer.numCpus(), "num_cpus");
        Require.present(offer.memoryGb(), "memory_gb");
        Require.present(offer.numGpus(), "num_gpus");
        Require.present(offer.numNodes(), "num_nodes");
        return offer;
    }

    private static String reason(List<Job> jobs, List<Candidate> candidates) {
        if (!jobs.isEmpty()) {
            return "";
        }
        return candidates.isEmpty()
                ? "no ready job fits the offered resources"
                : "the offered resources are too small for the ready jobs left";
    }

    /** A ready job's needs, as claiming compares them. */
    record Candidate(long id, long cpus, long gpus, long nodes, long memoryBytes) {}

    private static List<Candidate> candidates(
            EntityManager em,
            long workflowId,
            Capacity capacity,
            JobsSortMethod order,
            ComputeResources offer,
            boolean strict) {
        Long scheduler = offer.schedulerConfigId();
        List<Object> params = new ArrayList<>(List.of(workflowId));
        params.addAll(capacity.perJobLimits());
        String schedulerFilter = "";
        String schedulerFirst = "";
        if (scheduler != null && strict) {
            schedulerFilter = " AND (j.scheduler_id IS NULL OR j.scheduler_id = ?)";
            params.add(scheduler);
        } else if (scheduler != null) {
            schedulerFirst =
                    "CASE WHEN j.scheduler_id IS NULL OR j.scheduler_id = ? THEN 0 ELSE 1 END, ";
            params.add(scheduler);
        }
        String sql =
                "SELECT j.id, "
                        + REQUIREMENTS
                        + " FROM job j LEFT JOIN resource_requirements r"
                        + " ON r.id = j.resource_requirements_id"
                        + " WHERE j.workflow_id = ? AND j.status = 'ready'"
                        + " AND COALESCE(r.num_cpus, 1) <= ? AND COALESCE(r.num_gpus, 0) <= ?"
                        + " AND COALESCE(r.num_nodes, 1) <= ?"
                        + " AND COALESCE(r.memory_bytes, 1048576) <= ?"
                        + " AND COALESCE(r.runtime_seconds, 60) <= ?"
                        + schedulerFilter
                        + " ORDER BY "
                        + schedulerFirst
                        + orderBy(order);
        return Jdbc.of(em)
                .list(
                        sql,
                        row ->
                                new Candidate(
                                        row.getLong(1),
                                        row.getLong(2),
                                        row.getLong(3),
                                        row.getLong(4),
                                        row.getLong(5)),
                        params.toArray());
    }

    private static String orderBy(JobsSortMethod order) {
        return switch (order == null ? JobsSortMethod.GPUS_RUNTIME_MEMORY : order) {
            case GPUS_RUNTIME_MEMORY ->
                    "COALESCE(r.num_gpus, 0) DESC,"
                            + " COALESCE(r.runtime_seconds, 60) DESC,"
                            + " COALESCE(r.memory_bytes, 1048576) DESC, j.id";
            case GPUS_MEMORY_RUNTIME ->
                    "COALESCE(r.num_gpus, 0) DESC,"
                            + " COALESCE(r.memory_bytes, 1048576) DESC,"
                            + " COALESCE(r.runtime_seconds, 60) DESC, j.id";
            case NONE -> "j.id";
        };
    }

    /** Pending jobs whose lease ran out become ready again; one event tells how many. */
    private void expireClaims(EntityManager em, long workflowId) {
        if (!lease.expires()) {
            return;
        }
        int expired =
                Jdbc.of(em)
                        .update(
                                "UPDATE job SET status = 'ready', active_compute_node_id = NULL"
                                        + " WHERE workflow_id = ? AND status = 'pending'"
                                        + " AND claimed_at_ms < ?",
                                workflowId,
                                lease.cutoff(System.currentTimeMillis()));
        if (expired > 0) {
            LOG.info(
                    () ->
                            "Workflow "
                                    + workflowId
                                    + ": "
                                    + expired
                                    + " claims expired unstarted, jobs offered again");
            EventLog.record(
                    em,
                    workflowId,
                    "job",
                    expired + " pending jobs were not started within the claim lease; ready again",
                    Map.of(
                            "jobs_ready_again",
                            expired,
                            "lease_secs",
                            lease.duration().toSeconds()));
        }
    }

    /** The offer's id when it names a compute node of this workflow, else no claimant. */
    private static Long claimant(EntityManager em, long workflowId, Long computeNodeId) {
        if (computeNodeId == null) {
            return null;
        }
        return Jdbc.of(em)
                .first(
                        "SELECT id FROM compute_node WHERE id = ? AND workflow_id = ?",
                        row -> row.getLong(1),
                        computeNodeId,
                        workflowId)
                .orElse(null);
    }

    /** Ready to pending for exactly these jobs; answers them, with their links. */
    private static List<Job> markPending(
            EntityManager em, long workflowId, List<Long> ids, Long claimant) {
        if (ids.isEmpty()) {
            return List.of();
        }
        int claimed =
                Jdbc.of(em)
                        .updateEach(
                                "UPDATE job SET status = 'pending', claimed_at_ms = ?,"
                                        + " active_compute_node_id = ?"
                                        + " WHERE status = 'ready' AND id IN (%s)",
                                ids, System.currentTimeMillis(), claimant);
        if (claimed != ids.size()) {
            throw new IllegalStateException(
                    "claimed "
                            + claimed
                            + " of "
                            + ids.size()
                            + " jobs in workflow "
                            + workflowId
                            + " although the workflow was locked");
        }
        return JobService.load(em, ids);
    }

    /** The resource totals of a claim, filled job by job. */
    static final class Capacity {
        private final long cpus;
        private final long gpus;
        private final long nodes;
        private final long memoryBytes;
        private final long seconds;

        private Capacity(long cpus, long gpus, long nodes, long memoryBytes, long seconds) {
            this.cpus = cpus;
            this.gpus = gpus;
            this.nodes = nodes;
            this.memoryBytes = memoryBytes;
            this.seconds = seconds;
        }

        static Capacity of(ComputeResources offer) {
            long seconds =
                    offer.timeLimit() == null
                            ? Long.MAX_VALUE
                            : Quantities.seconds(offer.timeLimit(), "time_limit");
            return new Capacity(
                    offer.numCpus(),
                    offer.numGpus(),
                    offer.numNodes(),
                    Quantities.gibToBytes(offer.memoryGb()),
                    seconds);
        }

        /** Bounds every single job must meet: CPUs, GPUs, nodes, memory, runtime. */
        List<Object> perJobLimits() {
            return List.of(cpus, gpus, nodes, memoryBytes, seconds);
        }

        /**
         * Takes candidates in order while they fit beside those already taken. Single-node jobs
         * share the offered nodes; a multi-node job needs that many nodes of its own.
         */
        List<Long> pack(List<Candidate> candidates, long limit) {
            long usedCpus = 0;
            long usedGpus = 0;
            long usedNodes = 0;
            long usedMemory = 0;
            List<Long> chosen = new ArrayList<>();
            for (Candidate job : candidates) {
                if (chosen.size() >= limit) {
                    break;
                }
                long jobNodes = job.nodes() > 1 ? job.nodes() : 0;
                if (usedCpus + job.cpus() <= cpus
                        && usedGpus + job.gpus() <= gpus
                        && usedMemory + job.memoryBytes() <= memoryBytes
                        && usedNodes + jobNodes <= nodes) {
                    usedCpus += job.cpus();
                    usedGpus += job.gpus();
                    usedMemory += job.memoryBytes();
                    usedNodes += jobNodes;
                    chosen.add(job.id());
                }
            }
            return chosen;
        }
    }

    /** The contract's summary of what the ready jobs need. */
    public record ReadyRequirements(
            @JsonProperty("num_jobs") long numJobs,
            @JsonProperty("num_cpus") long numCpus,
            @JsonProperty("num_gpus") long numGpus,
            @JsonProperty("memory_gb") double memoryGb,
            @JsonProperty("max_num_nodes") long maxNumNodes,
            @JsonProperty("max_runtime") String maxRuntime) {}

    /**
     * Totals over the ready jobs (of one scheduler, when given): how many, their CPUs, GPUs and
     * memory added up, and the largest node count and runtime. Schedulers size allocations by it.
     */
    public ReadyRequirements readyRequirements(long workflowId, Long schedulerConfigId) {
        String schedulerFilter = schedulerConfigId == null ? "" : " AND j.scheduler_id = ?";
        Object[] params =
                schedulerConfigId == null
                        ? new Object[] {workflowId}
                        : new Object[] {workflowId, schedulerConfigId};
        return database.inTransaction(
                em -> {
                    WorkflowLock.find(em, workflowId);
                    return Jdbc.of(em)
                            .first(
                                    "SELECT COUNT(*), COALESCE(SUM(COALESCE(r.num_cpus, 1)), 0),"
                                        + " COALESCE(SUM(COALESCE(r.num_gpus, 0)), 0),"
                                        + " COALESCE(SUM(COALESCE(r.memory_bytes, 1048576)), 0),"
                                        + " COALESCE(MAX(COALESCE(r.num_nodes, 1)), 0),"
                                        + " COALESCE(MAX(COALESCE(r.runtime_seconds, 60)), 0) FROM"
                                        + " job j LEFT JOIN resource_requirements r ON r.id ="
                                        + " j.resource_requirements_id WHERE j.workflow_id = ? AND"
                                        + " j.status = 'ready'"
                                            + schedulerFilter,
                                    row ->
                                            new ReadyRequirements(
                                                    row.getLong(1),
                                                    row.getLong(2),
                                                    row.getLong(3),
                                                    Quantities.bytesToGib(row.getLong(4)),
                                                    row.getLong(5),
                                                    Quantities.isoDuration(row.getLong(6))),
                                    params)
                            .orElseThrow();
                });
    }
}
