package org.torc.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
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
import org.torc.workflow.WorkflowLock;

/**
 * Jobs: creation one by one or in bulk (all or nothing), reading with their links, changes,
 * deletion and listing. Status changes belong to {@link JobTransitions}, {@link JobClaims} and
 * {@link JobInitialization}.
 */
@ApplicationScoped
public class JobService {

    /** The most jobs one {@code bulk_jobs} call may create. */
    public static final int MAX_BULK = 10_000;

    private static final Logger LOG = Logger.getLogger("torc.server.job");
    private static final EntityRows<Job> ROWS = new EntityRows<>(Job.class);
    private static final SortOrder SORT = new SortOrder(Job.class, "job");

    private Database database;

    protected JobService() {}

    @Inject
    public JobService(Database database) {
        this.database = database;
    }

    public Job create(Job job) {
        return createAll(List.of(job)).get(0);
    }

    /**
     * Creates jobs of one workflow in one transaction: if any job is invalid or refers to a record
     * the workflow does not have, none is created.
     */
    public List<Job> createAll(List<Job> jobs) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        if (jobs.size() > MAX_BULK) {
            throw ServiceException.invalid(
                    "at most " + MAX_BULK + " jobs per call, got " + jobs.size());
        }
        long workflowId = checkFields(jobs);

        List<Job> created = database.inTransaction(em -> insert(em, workflowId, jobs));

        LOG.fine(() -> "Created " + created.size() + " jobs in workflow " + workflowId);
        return created;
    }

    private static List<Job> insert(EntityManager em, long workflowId, List<Job> jobs) {
        WorkflowLock.lock(em, workflowId);
        Jdbc jdbc = Jdbc.of(em);
        checkReferences(jdbc, workflowId, jobs);
        Long defaultRequirements = ResourceRequirementsService.defaultId(em, workflowId);
        jobs.forEach(job -> job.prepareForCreation(defaultRequirements));
        ROWS.insertAll(em, jobs, Job::assignId);
        new LinkStore(jdbc).insert(jobs, workflowId);
        jobs.forEach(job -> job.assignRelationships(normalized(job.relationships())));
        return jobs;
    }

    private static Relationships normalized(Relationships given) {
        return new Relationships(
                LinkStore.Link.DEPENDS_ON.of(given),
                LinkStore.Link.INPUT_FILE.of(given),
                LinkStore.Link.OUTPUT_FILE.of(given),
                LinkStore.Link.INPUT_USER_DATA.of(given),
                LinkStore.Link.OUTPUT_USER_DATA.of(given));
    }

    /** Checks required fields and that all jobs share one workflow, which it answers. */
    private static long checkFields(List<Job> jobs) {
        Long workflowId = jobs.get(0).workflowId();
        for (int i = 0; i < jobs.size(); i++) {
            Job job = jobs.get(i);
            String where = jobs.size() == 1 ? "" : "jobs[" + i + "]: ";
            if (job == null) {
                throw ServiceException.badRequest(where + "a job must be an object, not null");
            }
            requireField(job.workflowId(), where, "workflow_id");
            requireField(job.name(), where, "name");
            requireField(job.command(), where, "command");
            if (!job.workflowId().equals(workflowId)) {
                throw ServiceException.invalid(
                        where + "all jobs of one call must belong to workflow " + workflowId);
            }
            requireNoNullIds(job.relationships(), where);
        }
        return workflowId;
    }

    private static void requireField(Object value, String where, String field) {
        try {
            Require.present(value, field);
        } catch (ServiceException e) {
            throw ServiceException.badRequest(where + e.getMessage());
        }
    }

    private static void requireNoNullIds(Relationships relationships, String where) {
        for (LinkStore.Link link : LinkStore.Link.values()) {
            List<Long> ids = link.rawIds(relationships);
            if (ids != null && ids.contains(null)) {
                throw ServiceException.badRequest(
                        where + "the ids of " + link.field + " must not be null");
            }
        }
    }

    /** Fails with 422 naming the ids that the workflow does not have. */
    private static void checkReferences(Jdbc jdbc, long workflowId, List<Job> jobs) {
        check(jdbc, workflowId, "job", "depends_on_job_ids", jobs, Job::dependsOnJobIds);
        check(jdbc, workflowId, "file", "input_file_ids", jobs, Job::inputFileIds);
        check(jdbc, workflowId, "file", "output_file_ids", jobs, Job::outputFileIds);
        check(jdbc, workflowId, "user_data", "input_user_data_ids", jobs, Job::inputUserDataIds);
        check(jdbc, workflowId, "user_data", "output_user_data_ids", jobs, Job::outputUserDataIds);
        check(
                jdbc,
                workflowId,
                "resource_requirements",
                "resource_requirements_id",
                jobs,
                job -> single(job.resourceRequirementsId()));
        check(
                jdbc,
                workflowId,
                "failure_handler",
                "failure_handler_id",
                jobs,
                job -> single(job.failureHandlerId()));
    }

    private static List<Long> single(Long id) {
        return id == null ? null : List.of(id);
    }

    private static void check(
            Jdbc jdbc,
            long workflowId,
            String table,
            String field,
            List<Job> jobs,
            Function<Job, List<Long>> ids) {
        Set<Long> wanted = new LinkedHashSet<>();
        jobs.stream().map(ids).filter(Objects::nonNull).forEach(wanted::addAll);
        if (wanted.isEmpty()) {
            return;
        }
        List<Long> found =
                jdbc.listEach(
                        "SELECT id FROM " + table + " WHERE workflow_id = ? AND id IN (%s)",
                        wanted,
                        row -> row.getLong(1),
                        workflowId);
        found.forEach(wanted::remove);
        if (!wanted.isEmpty()) {
            throw ServiceException.invalid(
                    field
                            + " refers to ids that workflow "
                            + workflowId
                            + " does not have: "
                            + wanted.stream().limit(20).toList());
        }
    }

    public Job get(long id) {
        return database.inTransaction(
                em -> {
                    Job job = find(em, id);
                    new LinkStore(Jdbc.of(em)).load(List.of(job));
                    return job;
                });
    }

    static Job find(EntityManager em, long id) {
        Job job = em.find(Job.class, id);
        if (job == null) {
            throw ServiceException.notFound("job", id);
        }
        return job;
    }

    /**
     * Changes the descriptive fields present in {@code changes}. The status is never changed here.
     * Links (upstream jobs, files, user data) can only be rewired while the job is uninitialized.
     */
    public Job update(long id, Job changes) {
        return database.inTransaction(
                em -> {
                    Job job = JobTransitions.lockJob(em, id);
                    Jdbc jdbc = Jdbc.of(em);
                    checkReferences(jdbc, job.workflowId(), List.of(changes));
                    job.applyChanges(changes);
                    if (changes.hasRelationships()) {
                        requireNoNullIds(changes.relationships(), "");
                        rewire(em, job, changes.relationships());
                    }
                    em.flush();
                    new LinkStore(jdbc).load(List.of(job));
                    return job;
                });
    }

    private static void rewire(EntityManager em, Job job, Relationships given) {
        LinkStore links = new LinkStore(Jdbc.of(em));
        links.load(List.of(job));
        if (unchanged(job.relationships(), given)) {
            return;
        }
        if (job.status() != JobStatus.UNINITIALIZED) {
            throw ServiceException.conflict(
                    "job "
                            + job.id()
                            + " is "
                            + job.status()
                            + "; its links can only change while it is uninitialized");
        }
        List<Long> upstream = LinkStore.Link.DEPENDS_ON.given(given);
        if (upstream != null && upstream.contains(job.id())) {
            throw ServiceException.invalid("job " + job.id() + " cannot depend on itself");
        }
        links.replace(job, given);
    }

    /** True when every list the client sent names the same ids as the stored links. */
    private static boolean unchanged(Relationships stored, Relationships given) {
        for (LinkStore.Link link : LinkStore.Link.values()) {
            List<Long> wanted = link.given(given);
            if (wanted != null && !Set.copyOf(wanted).equals(Set.copyOf(link.of(stored)))) {
                return false;
            }
        }
        return true;
    }

    public Job delete(long id) {
        return database.inTransaction(
                em -> {
                    Job job = JobTransitions.lockJob(em, id);
                    new LinkStore(Jdbc.of(em)).load(List.of(job));
                    em.remove(job);
                    return job;
                });
    }

    /** Deletes all jobs of the workflow, with their links and results. */
    public long deleteAll(long workflowId) {
        return database.inTransaction(
                em -> {
                    WorkflowLock.lock(em, workflowId);
                    return (long)
                            Jdbc.of(em).update("DELETE FROM job WHERE workflow_id = ?", workflowId);
                });
    }

    /** The list filters of the contract; every one is optional. */
    public record Filter(
            JobStatus status,
            Long needsFileId,
            Long upstreamJobId,
            Long activeComputeNodeId,
            boolean includeRelationships) {}

    public Page<Job> list(long workflowId, Filter filter, PageRequest page) {
        RecordQuery query =
                RecordQuery.all()
                        .equal("workflowId", workflowId)
                        .equal("status", filter.status())
                        .equal("activeComputeNodeId", filter.activeComputeNodeId())
                        .where(
                                "e.id IN (SELECT i.jobId FROM JobInputFile i"
                                        + " WHERE i.otherId = :%s)",
                                filter.needsFileId())
                        .where(
                                "e.id IN (SELECT d.jobId FROM JobDependency d"
                                        + " WHERE d.otherId = :%s)",
                                filter.upstreamJobId());
        return database.inTransaction(
                em -> {
                    RecordStore.requireWorkflow(em, workflowId);
                    Page<Job> jobs = RecordStore.page(em, Job.class, SORT, query, page);
                    if (filter.includeRelationships()) {
                        new LinkStore(Jdbc.of(em)).load(jobs.items());
                    }
                    return jobs;
                });
    }

    /** The ids of all jobs of the workflow, in id order. */
    public List<Long> ids(long workflowId) {
        return database.inTransaction(
                em -> {
                    RecordStore.requireWorkflow(em, workflowId);
                    return Jdbc.of(em)
                            .ids(
                                    "SELECT id FROM job WHERE workflow_id = ? ORDER BY id",
                                    workflowId);
                });
    }

    /** Loads jobs by id, with their links, in id order. */
    static List<Job> load(EntityManager em, Collection<Long> ids) {
        List<Job> jobs = new ArrayList<>();
        for (List<Long> chunk : Jdbc.chunks(ids)) {
            jobs.addAll(
                    em.createQuery(
                                    "SELECT j FROM Job j WHERE j.id IN :ids ORDER BY j.id",
                                    Job.class)
                            .setParameter("ids", chunk)
                            .getResultList());
        }
        new LinkStore(Jdbc.of(em)).load(jobs);
        return jobs;
    }
}
