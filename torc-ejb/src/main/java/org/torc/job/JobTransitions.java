package org.torc.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.torc.event.EventLog;
import org.torc.failure.FailureHandlerService;
import org.torc.persistence.Database;
import org.torc.problem.ServiceException;
import org.torc.records.Jdbc;
import org.torc.records.Require;
import org.torc.result.JobResult;
import org.torc.result.ResultService;
import org.torc.workflow.Workflow;
import org.torc.workflow.WorkflowLock;

/**
 * The steps of a claimed job: start, complete (with its consequences downstream), retry, and the
 * direct status changes a runner or a user may ask for. Every step but start locks the job's
 * workflow; every step checks the caller's run id, so a runner of an earlier run cannot change a
 * job of this one.
 */
@ApplicationScoped
public class JobTransitions {

    private static final Logger LOG = Logger.getLogger("torc.server.job");

    /** Statuses from which a job may be completed. */
    private static final Set<JobStatus> COMPLETABLE =
            EnumSet.of(JobStatus.PENDING, JobStatus.RUNNING, JobStatus.PENDING_FAILED);

    /** Statuses from which a job may be retried. */
    private static final Set<JobStatus> RETRYABLE =
            EnumSet.of(JobStatus.FAILED, JobStatus.PENDING_FAILED);

    private Database database;

    protected JobTransitions() {}

    @Inject
    public JobTransitions(Database database) {
        this.database = database;
    }

    /**
     * Locks the workflow of job {@code jobId} and answers the job, read after the lock was taken;
     * 404 when the job is unknown.
     */
    static Job lockJob(EntityManager em, long jobId) {
        long workflowId =
                Jdbc.of(em)
                        .first(
                                "SELECT workflow_id FROM job WHERE id = ?",
                                row -> row.getLong(1),
                                jobId)
                        .orElseThrow(() -> ServiceException.notFound("job", jobId));
        WorkflowLock.lock(em, workflowId);
        return JobService.find(em, jobId);
    }

    private static Workflow lockedWorkflowOf(EntityManager em, Job job) {
        return WorkflowLock.find(em, job.workflowId());
    }

    private static void requireRun(Workflow workflow, long runId) {
        long current = workflow.status().runId();
        if (runId != current) {
            throw ServiceException.conflict(
                    "run id "
                            + runId
                            + " is stale: workflow "
                            + workflow.id()
                            + " is in run "
                            + current);
        }
    }

    /**
     * Pending to running, on compute node {@code computeNodeId}.
     *
     * <p>The only step that does not lock the workflow: it changes one pending job, which claims
     * leave alone until its lease has run out, with one conditional update whose condition the
     * database checks again once it holds the row. A concurrent change of that job (an expired
     * claim offered again, a cancel, a reset) makes the update match nothing, and the start is
     * refused as a conflict.
     */
    public Job start(long jobId, long runId, long computeNodeId) {
        return database.inTransaction(
                em -> {
                    Job job = JobService.find(em, jobId);
                    requireRun(WorkflowLock.find(em, job.workflowId()), runId);
                    requireStartable(job, computeNodeId);
                    em.detach(job);
                    int started =
                            Jdbc.of(em)
                                    .update(
                                            "UPDATE job SET status = 'running',"
                                                    + " active_compute_node_id = ? WHERE id = ?"
                                                    + " AND status = 'pending' AND"
                                                    + " (active_compute_node_id IS NULL"
                                                    + " OR active_compute_node_id = ?)",
                                            computeNodeId,
                                            jobId,
                                            computeNodeId);
                    if (started == 0) {
                        throw ServiceException.conflict(
                                "job " + jobId + " changed while it was being started");
                    }
                    job.start(computeNodeId);
                    EventLog.record(
                            em,
                            job.workflowId(),
                            "job",
                            "Job " + job.name() + " started on compute node " + computeNodeId,
                            Map.of(
                                    "job_id", jobId,
                                    "compute_node_id", computeNodeId,
                                    "run_id", runId));
                    return job;
                });
    }

    private static void requireStartable(Job job, long computeNodeId) {
        if (job.status() != JobStatus.PENDING) {
            throw ServiceException.conflict(
                    "job " + job.id() + " is " + job.status() + "; only a pending job can start");
        }
        requireClaimant(job, computeNodeId);
    }

    /**
     * A job claimed by a named compute node starts only there: after its claim expired and another
     * runner claimed it, the first runner's late start is refused.
     */
    private static void requireClaimant(Job job, long computeNodeId) {
        Long claimant = job.activeComputeNodeId();
        if (claimant != null && claimant != computeNodeId) {
            throw ServiceException.conflict(
                    "job "
                            + job.id()
                            + " was claimed by compute node "
                            + claimant
                            + ", not "
                            + computeNodeId);
        }
    }

    /**
     * Stores the job's result and finishes it with {@code status}; in the same transaction, blocked
     * dependents whose upstream jobs are now all done become ready, or are canceled (transitively)
     * when this job was unsuccessful and they ask for that.
     */
    public Job complete(long jobId, JobStatus status, long runId, JobResult result) {
        if (!JobStatus.COMPLETION.contains(status)) {
            throw ServiceException.invalid(
                    "'"
                            + status
                            + "' is not a completion status; use one of "
                            + JobStatus.COMPLETION);
        }
        Require.present(result, "result");
        Require.present(result.returnCode(), "return_code");
        Job completed = database.inTransaction(em -> complete(em, jobId, status, runId, result));
        LOG.fine(() -> "Job " + jobId + " completed: " + completed.status());
        return completed;
    }

    private static Job complete(
            EntityManager em, long jobId, JobStatus status, long runId, JobResult result) {
        Job job = lockJob(em, jobId);
        Workflow workflow = lockedWorkflowOf(em, job);
        requireRun(workflow, runId);
        if (!COMPLETABLE.contains(job.status())) {
            throw ServiceException.conflict(
                    "job "
                            + jobId
                            + " is "
                            + job.status()
                            + "; only a pending or running job"
                            + " can be completed");
        }
        JobStatus finalStatus =
                status == JobStatus.FAILED && workflow.usePendingFailed()
                        ? JobStatus.PENDING_FAILED
                        : status;
        result.assignOutcome(job.attemptId(), finalStatus);
        ResultService.storeCurrent(em, result, jobId, job.workflowId(), runId);
        job.finish(finalStatus);
        em.flush();

        Unblocking.Outcome downstream =
                finalStatus.isDone()
                        ? Unblocking.afterDone(Jdbc.of(em), List.of(jobId))
                        : new Unblocking.Outcome(0, 0);
        recordCompletion(em, job, runId, result, downstream);
        return job;
    }

    private static void recordCompletion(
            EntityManager em,
            Job job,
            long runId,
            JobResult result,
            Unblocking.Outcome downstream) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("job_id", job.id());
        details.put("run_id", runId);
        details.put("status", job.status().wireName());
        details.put("return_code", result.returnCode());
        details.put("dependents_ready", downstream.readied());
        details.put("dependents_canceled", downstream.canceled());
        EventLog.record(
                em,
                job.workflowId(),
                "job_completion",
                "Job " + job.name() + " completed with status " + job.status(),
                details);
    }

    /**
     * Sets a status that is not a completion (those go through {@link #complete}). Side effects: a
     * finished job set back to uninitialized takes everything downstream with it; a disabled job no
     * longer holds its dependents back.
     */
    public Job changeStatus(long jobId, JobStatus status, long runId) {
        if (JobStatus.COMPLETION.contains(status)) {
            throw ServiceException.invalid(
                    "'"
                            + status
                            + "' is a completion status; use complete_job, which stores the"
                            + " result");
        }
        return database.inTransaction(
                em -> {
                    Job job = lockJob(em, jobId);
                    requireRun(lockedWorkflowOf(em, job), runId);
                    JobStatus previous = job.status();
                    if (previous == status) {
                        return job;
                    }
                    job.finish(status);
                    em.flush();
                    sideEffects(em, job, previous);
                    EventLog.record(
                            em,
                            job.workflowId(),
                            "job",
                            "Job " + job.name() + " changed from " + previous + " to " + status,
                            Map.of("job_id", jobId, "run_id", runId));
                    return job;
                });
    }

    private static void sideEffects(EntityManager em, Job job, JobStatus previous) {
        Jdbc jdbc = Jdbc.of(em);
        if (job.status() == JobStatus.DISABLED) {
            Unblocking.afterDone(jdbc, List.of(job.id()));
        } else if (job.status() == JobStatus.UNINITIALIZED && previous.isDone()) {
            JobGraph graph = JobGraph.load(jdbc, job.workflowId());
            Map<Long, JobStatus> statuses = new HashMap<>();
            graph.nodes().forEach(node -> statuses.put(node.id(), node.status()));
            graph.withDownstream(List.of(job.id())).stream()
                    .filter(id -> statuses.get(id) != JobStatus.DISABLED)
                    .forEach(id -> statuses.put(id, JobStatus.UNINITIALIZED));
            JobInitialization.apply(jdbc, graph, statuses);
        }
    }

    /**
     * Returns a failed job to ready with the next attempt id. Refused (422) unless the job failed,
     * or when its failure handler's rule for the last return code allows no more retries. Jobs that
     * were canceled because of this failure wait for the new attempt again.
     */
    public Job retry(long jobId, long runId) {
        return database.inTransaction(
                em -> {
                    Job job = lockJob(em, jobId);
                    requireRun(lockedWorkflowOf(em, job), runId);
                    if (!RETRYABLE.contains(job.status())) {
                        throw ServiceException.invalid(
                                "job "
                                        + jobId
                                        + " is "
                                        + job.status()
                                        + "; only a failed job"
                                        + " can be retried");
                    }
                    requireRetriesLeft(em, job);
                    job.retry();
                    em.flush();
                    int reblocked = Unblocking.reblockDownstream(Jdbc.of(em), jobId);
                    EventLog.record(
                            em,
                            job.workflowId(),
                            "job",
                            "Job " + job.name() + " retried, attempt " + job.attemptId(),
                            Map.of(
                                    "job_id", jobId,
                                    "attempt_id", job.attemptId(),
                                    "dependents_blocked_again", reblocked));
                    return job;
                });
    }

    private static void requireRetriesLeft(EntityManager em, Job job) {
        if (job.failureHandlerId() == null) {
            return;
        }
        long returnCode =
                Jdbc.of(em)
                        .first(
                                "SELECT return_code FROM result WHERE job_id = ? AND is_current",
                                row -> row.getLong(1),
                                job.id())
                        .orElse(1L);
        Optional<Integer> allowed =
                FailureHandlerService.maxRetries(em, job.failureHandlerId(), returnCode);
        if (allowed.isPresent() && job.attemptId() > allowed.get()) {
            throw ServiceException.invalid(
                    "job "
                            + job.id()
                            + " has used all "
                            + allowed.get()
                            + " retries its failure handler allows for return code "
                            + returnCode);
        }
    }
}
