package org.torc.job;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.torc.event.EventLog;
import org.torc.persistence.Database;
import org.torc.records.Jdbc;
import org.torc.workflow.WorkflowLock;

/**
 * Preparing a workflow's jobs to run ({@code initialize_jobs}) and returning them to the start
 * ({@code reset_job_status}).
 *
 * <p>Initializing first adds the dependencies that data implies (a job that reads a file or a user
 * data record depends on the job that writes it), refuses a dependency cycle, then decides every
 * job's status in dependency order: blocked while an upstream job is not done, otherwise ready (or
 * canceled, when an upstream job was unsuccessful and the job asks for that). Jobs that are
 * claimed, running, disabled or held after a failure keep their status, and finished jobs stay
 * finished unless an upstream job will run again.
 */
@ApplicationScoped
public class JobInitialization {

    private static final Logger LOG = Logger.getLogger("torc.server.job");

    /** Statuses initialization never changes. */
    private static final Set<JobStatus> KEPT =
            EnumSet.of(
                    JobStatus.DISABLED,
                    JobStatus.PENDING,
                    JobStatus.RUNNING,
                    JobStatus.PENDING_FAILED);

    /** Finished statuses that stay unless an upstream job runs again. */
    private static final Set<JobStatus> FINISHED =
            EnumSet.of(JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELED);

    private Database database;

    protected JobInitialization() {}

    @Inject
    public JobInitialization(Database database) {
        this.database = database;
    }

    /** How many jobs are ready and blocked after initializing. */
    public record Summary(
            @JsonProperty("message") String message,
            @JsonProperty("ready") int ready,
            @JsonProperty("blocked") int blocked) {}

    /**
     * @param onlyUninitialized touch only uninitialized jobs and the jobs downstream of them
     * @param clearEphemeralUserData empty the user data marked ephemeral, for a fresh run
     */
    public Summary initialize(
            long workflowId, boolean onlyUninitialized, boolean clearEphemeralUserData) {
        Summary summary =
                database.inTransaction(
                        em -> {
                            WorkflowLock.lock(em, workflowId);
                            return initialize(
                                    em, workflowId, onlyUninitialized, clearEphemeralUserData);
                        });
        LOG.info(
                () ->
                        "Workflow "
                                + workflowId
                                + " initialized: "
                                + summary.ready()
                                + " ready, "
                                + summary.blocked()
                                + " blocked");
        return summary;
    }

    private static Summary initialize(
            EntityManager em, long workflowId, boolean onlyUninitialized, boolean clearEphemeral) {
        Jdbc jdbc = Jdbc.of(em);
        addImpliedDependencies(jdbc, workflowId);
        JobGraph graph = JobGraph.load(jdbc, workflowId);
        Map<Long, JobStatus> statuses = decideStatuses(graph, onlyUninitialized);
        apply(jdbc, graph, statuses);
        forgetUnfinishedResults(jdbc, workflowId);
        if (clearEphemeral) {
            jdbc.update(
                    "UPDATE user_data SET data = NULL WHERE workflow_id = ? AND is_ephemeral",
                    workflowId);
        }
        Summary summary = summarize(statuses);
        EventLog.record(
                em,
                workflowId,
                "workflow",
                "Workflow initialized",
                Map.of("ready", summary.ready(), "blocked", summary.blocked()));
        return summary;
    }

    /** Reader depends on writer, for every file and user data record, unless already so. */
    private static void addImpliedDependencies(Jdbc jdbc, long workflowId) {
        for (String[] tables :
                List.of(
                        new String[] {"job_input_file", "job_output_file", "file_id"},
                        new String[] {
                            "job_input_user_data", "job_output_user_data", "user_data_id"
                        })) {
            jdbc.update(
                    "INSERT INTO job_depends_on (job_id, depends_on_job_id, workflow_id)"
                            + " SELECT DISTINCT i.job_id, o.job_id, i.workflow_id"
                            + (" FROM " + tables[0] + " i JOIN " + tables[1] + " o")
                            + (" ON o." + tables[2] + " = i." + tables[2])
                            + " WHERE i.workflow_id = ? AND i.job_id <> o.job_id"
                            + " AND NOT EXISTS (SELECT 1 FROM job_depends_on d"
                            + " WHERE d.job_id = i.job_id AND d.depends_on_job_id = o.job_id)",
                    workflowId);
        }
    }

    private static Map<Long, JobStatus> decideStatuses(JobGraph graph, boolean onlyUninitialized) {
        Map<Long, JobStatus> statuses = new HashMap<>();
        graph.nodes().forEach(node -> statuses.put(node.id(), node.status()));
        Set<Long> scope = scope(graph, onlyUninitialized);
        if (onlyUninitialized) {
            scope.stream()
                    .filter(id -> !KEPT.contains(statuses.get(id)))
                    .forEach(id -> statuses.put(id, JobStatus.UNINITIALIZED));
        }
        Map<Long, JobGraph.Node> nodes = new HashMap<>();
        graph.nodes().forEach(node -> nodes.put(node.id(), node));
        for (long id : graph.topologicalOrder()) {
            if (scope.contains(id)) {
                statuses.put(id, decide(nodes.get(id), statuses.get(id), graph, statuses));
            }
        }
        return statuses;
    }

    private static Set<Long> scope(JobGraph graph, boolean onlyUninitialized) {
        if (!onlyUninitialized) {
            Set<Long> all = new HashSet<>();
            graph.nodes().forEach(node -> all.add(node.id()));
            return all;
        }
        List<Long> uninitialized =
                graph.nodes().stream()
                        .filter(node -> node.status() == JobStatus.UNINITIALIZED)
                        .map(JobGraph.Node::id)
                        .toList();
        return graph.withDownstream(uninitialized);
    }

    private static JobStatus decide(
            JobGraph.Node node, JobStatus current, JobGraph graph, Map<Long, JobStatus> statuses) {
        if (KEPT.contains(current)) {
            return current;
        }
        List<JobStatus> upstream = graph.upstreamOf(node.id()).stream().map(statuses::get).toList();
        if (upstream.stream().anyMatch(status -> !status.isDone())) {
            return JobStatus.BLOCKED;
        }
        if (FINISHED.contains(current)) {
            return current;
        }
        if (node.cancelOnBlockingJobFailure()
                && upstream.stream().anyMatch(JobStatus.UNSUCCESSFUL::contains)) {
            return JobStatus.CANCELED;
        }
        return JobStatus.READY;
    }

    /** Writes the changed statuses, one statement per status and chunk of ids. */
    static void apply(Jdbc jdbc, JobGraph graph, Map<Long, JobStatus> statuses) {
        Map<JobStatus, List<Long>> changed = new EnumMap<>(JobStatus.class);
        for (JobGraph.Node node : graph.nodes()) {
            JobStatus status = statuses.get(node.id());
            if (status != node.status()) {
                changed.computeIfAbsent(status, s -> new ArrayList<>()).add(node.id());
            }
        }
        changed.forEach(
                (status, ids) ->
                        jdbc.updateEach(
                                "UPDATE job SET status = ?, active_compute_node_id = NULL"
                                        + " WHERE id IN (%s)",
                                ids, status.wireName()));
    }

    /** A job that will run again has no current result. */
    private static void forgetUnfinishedResults(Jdbc jdbc, long workflowId) {
        jdbc.update(
                "UPDATE result SET is_current = FALSE WHERE workflow_id = ? AND is_current"
                        + " AND job_id IN (SELECT id FROM job WHERE workflow_id = ?"
                        + " AND status NOT IN "
                        + JobStatus.sqlList(JobStatus.DONE)
                        + ")",
                workflowId,
                workflowId);
    }

    private static Summary summarize(Map<Long, JobStatus> statuses) {
        int ready = 0;
        int blocked = 0;
        for (JobStatus status : statuses.values()) {
            ready += status == JobStatus.READY ? 1 : 0;
            blocked += status == JobStatus.BLOCKED ? 1 : 0;
        }
        return new Summary("Initialized job status", ready, blocked);
    }

    /** The contract's answer to {@code reset_job_status}. */
    public record ResetSummary(
            @JsonProperty("workflow_id") long workflowId,
            @JsonProperty("updated_count") int updatedCount,
            @JsonProperty("status") String status,
            @JsonProperty("reset_type") String resetType) {}

    /**
     * Returns jobs to uninitialized so that a new {@code initialize_jobs} runs them again: every
     * job but the disabled ones, or with {@code failedOnly} the unsuccessful jobs and everything
     * downstream of them.
     */
    public ResetSummary resetJobStatus(long workflowId, boolean failedOnly) {
        ResetSummary summary =
                database.inTransaction(
                        em -> {
                            WorkflowLock.lock(em, workflowId);
                            int count = reset(em, workflowId, failedOnly);
                            EventLog.record(
                                    em,
                                    workflowId,
                                    "workflow",
                                    "Reset " + count + " jobs to uninitialized",
                                    Map.of("failed_only", failedOnly, "count", count));
                            return new ResetSummary(
                                    workflowId,
                                    count,
                                    JobStatus.UNINITIALIZED.wireName(),
                                    failedOnly ? "failed_only" : "all");
                        });
        LOG.info(() -> "Workflow " + workflowId + ": " + summary.updatedCount() + " jobs reset");
        return summary;
    }

    private static int reset(EntityManager em, long workflowId, boolean failedOnly) {
        Jdbc jdbc = Jdbc.of(em);
        JobGraph graph = JobGraph.load(jdbc, workflowId);
        List<Long> unsuccessful = failedOnly ? unsuccessfulJobs(jdbc, workflowId) : null;
        Set<Long> chosen = failedOnly ? graph.withDownstream(unsuccessful) : scope(graph, false);
        Map<Long, JobStatus> statuses = new HashMap<>();
        int count = 0;
        for (JobGraph.Node node : graph.nodes()) {
            boolean resets =
                    chosen.contains(node.id())
                            && node.status() != JobStatus.DISABLED
                            && node.status() != JobStatus.UNINITIALIZED;
            statuses.put(node.id(), resets ? JobStatus.UNINITIALIZED : node.status());
            count += resets ? 1 : 0;
        }
        apply(jdbc, graph, statuses);
        return count;
    }

    /** Jobs that ended badly: failed, terminated or held, or done with a non-zero return code. */
    private static List<Long> unsuccessfulJobs(Jdbc jdbc, long workflowId) {
        return jdbc.ids(
                "SELECT j.id FROM job j WHERE j.workflow_id = ? AND (j.status IN "
                        + JobStatus.sqlList(
                                EnumSet.of(
                                        JobStatus.FAILED,
                                        JobStatus.TERMINATED,
                                        JobStatus.PENDING_FAILED))
                        + " OR EXISTS (SELECT 1 FROM result r WHERE r.job_id = j.id"
                        + " AND r.is_current AND r.return_code <> 0))",
                workflowId);
    }
}
