package org.torc.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.torc.event.EventLog;
import org.torc.job.JobStatus;
import org.torc.persistence.Database;
import org.torc.problem.ServiceException;
import org.torc.records.EntityRows;
import org.torc.records.Jdbc;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.records.RecordQuery;
import org.torc.records.RecordStore;
import org.torc.records.Require;
import org.torc.records.SortOrder;
import org.torc.resource.ResourceRequirementsService;

/** Workflows: creation with their default resources, listing, status, cancel and completion. */
@ApplicationScoped
public class WorkflowService {

    private static final Logger LOG = Logger.getLogger("torc.server.workflow");
    private static final EntityRows<Workflow> ROWS = new EntityRows<>(Workflow.class);
    private static final SortOrder SORT = new SortOrder(Workflow.class, "workflow");

    private Database database;

    protected WorkflowService() {}

    @Inject
    public WorkflowService(Database database) {
        this.database = database;
    }

    /**
     * Stores a workflow with its {@code default} resource requirements.
     *
     * @param authenticatedUser the caller's name when the request was authenticated; it is then the
     *     owner whatever the body says. Otherwise the body's {@code user} is the owner.
     */
    public Workflow create(Workflow workflow, String authenticatedUser) {
        Require.present(workflow.name(), "name");
        if (authenticatedUser != null) {
            workflow.assignOwner(authenticatedUser);
        }
        Require.present(workflow.user(), "user");
        workflow.prepareForCreation(Instant.now());

        Workflow created = database.inTransaction(em -> insert(em, workflow));

        LOG.info(() -> "Workflow " + created.id() + " created by " + created.user());
        return created;
    }

    private static Workflow insert(EntityManager em, Workflow workflow) {
        ROWS.insertAll(em, List.of(workflow), Workflow::assignId);
        ResourceRequirementsService.createDefault(em, workflow.id());
        EventLog.record(
                em,
                workflow.id(),
                "workflow",
                "Workflow " + workflow.name() + " created",
                Map.of("workflow_id", workflow.id()));
        return workflow;
    }

    public Workflow get(long id) {
        return database.inTransaction(em -> WorkflowLock.find(em, id));
    }

    /** Changes the fields present in {@code changes}; an authenticated caller keeps the owner. */
    public Workflow update(long id, Workflow changes, String authenticatedUser) {
        if (authenticatedUser != null) {
            changes.assignOwner(null);
        }
        return database.inTransaction(
                em -> {
                    Workflow stored = WorkflowLock.lock(em, id);
                    stored.applyChanges(changes);
                    return stored;
                });
    }

    /** Deletes the workflow and everything that belongs to it. */
    public Workflow delete(long id) {
        Workflow deleted =
                database.inTransaction(
                        em -> {
                            Workflow stored = WorkflowLock.lock(em, id);
                            em.remove(stored);
                            return stored;
                        });
        LOG.info(() -> "Workflow " + id + " deleted");
        return deleted;
    }

    /** The list filters of the contract; every one is optional. */
    public record Filter(String name, String user, String description, Boolean isArchived) {}

    public Page<Workflow> list(Filter filter, PageRequest page) {
        RecordQuery query =
                RecordQuery.all()
                        .equal("name", filter.name())
                        .equal("user", filter.user())
                        .contains("description", filter.description())
                        .equal("archived", filter.isArchived());
        return database.inTransaction(
                em -> RecordStore.page(em, Workflow.class, SORT, query, page));
    }

    public WorkflowStatus status(long id) {
        return get(id).status();
    }

    /** Replaces the run state; {@code is_canceled} and {@code run_id} are required. */
    public WorkflowStatus updateStatus(long id, WorkflowStatus status) {
        Require.present(status.isCanceled(), "is_canceled");
        Require.present(status.runId(), "run_id");
        WorkflowStatus complete =
                new WorkflowStatus(
                        id,
                        status.isCanceled(),
                        Boolean.TRUE.equals(status.isArchived()),
                        status.runId(),
                        Boolean.TRUE.equals(status.needsCompletionScript()));
        return database.inTransaction(
                em -> {
                    WorkflowLock.lock(em, id).applyStatus(complete);
                    return complete;
                });
    }

    /**
     * Cancels the workflow: no job is claimed any more, and claimed or running jobs become
     * canceled. Runners notice and stop their processes.
     */
    public WorkflowStatus cancel(long id) {
        WorkflowStatus canceled =
                database.inTransaction(
                        em -> {
                            Workflow workflow = WorkflowLock.lock(em, id);
                            WorkflowStatus current = workflow.status();
                            workflow.applyStatus(withCanceled(current, true));
                            int jobs = cancelActiveJobs(em, id);
                            EventLog.record(
                                    em,
                                    id,
                                    "workflow",
                                    "Workflow canceled; " + jobs + " active jobs canceled",
                                    Map.of("workflow_id", id, "canceled_jobs", jobs));
                            return workflow.status();
                        });
        LOG.info(() -> "Workflow " + id + " canceled");
        return canceled;
    }

    private static int cancelActiveJobs(EntityManager em, long workflowId) {
        return Jdbc.of(em)
                .update(
                        "UPDATE job SET status = ?, active_compute_node_id = NULL"
                                + " WHERE workflow_id = ? AND status IN "
                                + JobStatus.sqlList(JobStatus.ACTIVE),
                        JobStatus.CANCELED.wireName(),
                        workflowId);
    }

    private static WorkflowStatus withCanceled(WorkflowStatus status, boolean canceled) {
        return new WorkflowStatus(
                status.id(),
                canceled,
                status.isArchived(),
                status.runId(),
                status.needsCompletionScript());
    }

    /**
     * Clears canceled and completion flags so the workflow can run again. Refused (409) for an
     * archived workflow, and while jobs are claimed or running unless {@code force}.
     */
    public WorkflowStatus resetStatus(long id, boolean force) {
        return database.inTransaction(
                em -> {
                    Workflow workflow = WorkflowLock.lock(em, id);
                    WorkflowStatus current = workflow.status();
                    if (current.isArchived()) {
                        throw ServiceException.conflict(
                                "workflow " + id + " is archived; unarchive it first");
                    }
                    if (!force && countJobs(em, id, "IN", JobStatus.ACTIVE) > 0) {
                        throw ServiceException.conflict(
                                "workflow "
                                        + id
                                        + " has pending or running jobs; pass force=true to"
                                        + " reset anyway");
                    }
                    workflow.applyStatus(
                            new WorkflowStatus(id, false, false, current.runId(), false));
                    return workflow.status();
                });
    }

    /** Whether every job is done; a canceled workflow counts as complete. */
    public CompletionState isComplete(long id) {
        return database.inTransaction(
                em -> {
                    WorkflowStatus status = WorkflowLock.find(em, id).status();
                    boolean unfinished = countJobs(em, id, "NOT IN", JobStatus.DONE) > 0;
                    return new CompletionState(
                            status.isCanceled(),
                            status.isCanceled() || !unfinished,
                            status.needsCompletionScript());
                });
    }

    /** Whether every job is still uninitialized or disabled. */
    public boolean isUninitialized(long id) {
        return database.inTransaction(
                em -> {
                    WorkflowLock.find(em, id);
                    Set<JobStatus> notStarted =
                            EnumSet.of(JobStatus.UNINITIALIZED, JobStatus.DISABLED);
                    return countJobs(em, id, "NOT IN", notStarted) == 0;
                });
    }

    /** Counts the workflow's jobs whose status is ("IN") or is not ("NOT IN") one of these. */
    private static long countJobs(
            EntityManager em, long workflowId, String inOrNotIn, Set<JobStatus> statuses) {
        return Jdbc.of(em)
                .number(
                        "SELECT COUNT(*) FROM job WHERE workflow_id = ? AND status "
                                + inOrNotIn
                                + " "
                                + JobStatus.sqlList(statuses),
                        workflowId);
    }
}
