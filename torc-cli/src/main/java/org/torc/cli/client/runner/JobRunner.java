package org.torc.cli.client.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.torc.cli.client.Output;
import org.torc.cli.client.http.ApiException;
import org.torc.cli.client.http.Query;
import org.torc.cli.client.http.TorcApi;
import org.torc.cli.client.workflows.WorkflowsCommand;

/**
 * Runs a workflow's jobs on this machine until none is left to run.
 *
 * <p>Each round: collect finished jobs, report them (retrying a failed job its failure handler
 * allows), claim ready jobs that fit in the free CPUs, memory and GPUs (or up to {@code
 * --max-parallel-jobs}), start them, then wait until a job ends or the poll interval passes. The
 * run ends when the workflow is complete, canceled, stuck (jobs left that nothing here can run), or
 * stopped by a signal; it exits 0 only if every job completed.
 */
public final class JobRunner {

    private static final Duration STATUS_CHECK = Duration.ofSeconds(5);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);
    private static final int STUCK_CHECKS = 2;

    private final TorcApi api;
    private final long workflowId;
    private final RunOptions options;
    private final Reporter reporter;
    private final Output output;
    private final ServerCalls server;
    private final Path outputDir;
    private final Map<Long, RunningJob> running = new LinkedHashMap<>();
    private final Deque<Completion> unreported = new ArrayDeque<>();
    private final Object wake = new Object();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopRequested;

    private final Map<Long, Resources.Need> needs = new HashMap<>();
    private final Map<Long, FailureRules> handlers = new HashMap<>();
    private final Map<Long, JsonNode> files = new HashMap<>();
    private final OutputFiles outputFiles;
    private Resources free;
    private long runId;
    private long computeNodeId;
    private String workflowName = "";
    private long startNanos;
    private long lastStatusCheck;
    private long lastProgress;
    private StatusCounts progressCounts;
    private int stuckChecks;
    private String stopReason;
    private ObjectNode counts = JsonNodeFactory.instance.objectNode();
    private int jobsRun;
    private int retries;

    public JobRunner(
            TorcApi api, long workflowId, RunOptions options, Reporter reporter, Output output) {
        this.api = api;
        this.workflowId = workflowId;
        this.options = options;
        this.reporter = reporter;
        this.output = output;
        this.outputDir = options.outputDir.toAbsolutePath().normalize();
        this.server = new ServerCalls(options.serverWait(), reporter, this::pause);
        this.outputFiles = new OutputFiles(api, server, reporter, files);
    }

    /** Runs the workflow here; returns the exit code: 0 if every job completed, else 1. */
    public int run() {
        startNanos = System.nanoTime();
        try {
            prepare();
            loop();
            return summarize();
        } catch (ServerCalls.ServerGone e) {
            return abandon(e);
        } finally {
            if (progressCounts != null) {
                progressCounts.close();
            }
            killRemaining();
            finished.countDown();
        }
    }

    /** Asks the run to stop: running jobs are terminated and reported. Safe from any thread. */
    public void requestStop() {
        stopRequested = true;
        wakeUp();
    }

    /** Waits until {@link #run()} has returned, at most {@code timeout}. */
    public boolean awaitFinished(Duration timeout) {
        try {
            return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ---- preparation

    private void prepare() {
        workflowName = api.get("/workflows/" + workflowId).path("name").asText();
        if (api.get("/workflows/" + workflowId + "/is_uninitialized")
                .path("is_uninitialized")
                .asBoolean(false)) {
            api.post("/workflows/" + workflowId + "/initialize_jobs", null);
        }
        runId = api.get("/workflows/" + workflowId + "/status").path("run_id").asLong();
        loadRecords();
        free = Resources.of(options);
        computeNodeId = createComputeNode();
        createOutputDir();
        if (reporter.isInteractive()) {
            progressCounts = new StatusCounts(api, workflowId);
        }
        reporter.event(
                "running workflow "
                        + workflowId
                        + " '"
                        + workflowName
                        + "' (run "
                        + runId
                        + ") with "
                        + capacity());
    }

    private String capacity() {
        return options.maxParallelJobs != null
                ? "at most " + options.maxParallelJobs + " jobs at once"
                : free.toString();
    }

    private void loadRecords() {
        Query ofWorkflow = Query.of("workflow_id", workflowId);
        api.forEachItem(
                "/resource_requirements",
                ofWorkflow,
                rr -> needs.put(rr.path("id").asLong(), Resources.Need.of(rr)));
        api.forEachItem(
                "/workflows/" + workflowId + "/failure_handlers",
                Query.of(),
                handler ->
                        handlers.put(
                                handler.path("id").asLong(),
                                FailureRules.of(api.mapper(), handler)));
        api.forEachItem("/files", ofWorkflow, file -> files.put(file.path("id").asLong(), file));
    }

    private long createComputeNode() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("workflow_id", workflowId);
        node.put("hostname", hostname());
        node.put("pid", ProcessHandle.current().pid());
        node.put("start_time", Instant.now().toString());
        node.put("num_cpus", free.cpus());
        node.put("memory_gb", free.memoryGb());
        node.put("num_gpus", free.gpus());
        node.put("num_nodes", 1);
        node.put("compute_node_type", "local");
        node.put("is_active", true);
        return api.post("/compute_nodes", node).path("id").asLong();
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private void createOutputDir() {
        try {
            Files.createDirectories(outputDir.resolve("job_stdio"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + outputDir, e);
        }
    }

    // ---- the loop

    private void loop() {
        while (!stopRequested) {
            collectFinished();
            reportCompletions();
            if (workflowCanceled()) {
                break;
            }
            boolean claimed = claimAndStart();
            if (running.isEmpty() && !claimed && unreported.isEmpty() && nothingLeftToRun()) {
                break;
            }
            showProgress();
            waitForChange();
        }
        if (stopRequested && stopReason == null) {
            stopReason = "interrupted";
        }
        terminateRunning();
    }

    private void waitForChange() {
        synchronized (wake) {
            if (stopRequested || anyFinished()) {
                return;
            }
            try {
                wake.wait(Math.max(1, options.pollInterval().toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopRequested = true;
            }
        }
    }

    private boolean anyFinished() {
        return running.values().stream().anyMatch(RunningJob::isFinished);
    }

    private void wakeUp() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** The pause between tries while the server is away; false if the run is stopping. */
    private boolean pause(long millis) {
        synchronized (wake) {
            if (!stopRequested) {
                try {
                    wake.wait(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopRequested = true;
                }
            }
        }
        return !stopRequested;
    }

    // ---- claiming and starting

    private boolean claimAndStart() {
        JsonNode jobs = claim();
        for (JsonNode job : jobs) {
            start(job);
        }
        return jobs.size() > 0;
    }

    private JsonNode claim() {
        String base = "/workflows/" + workflowId;
        if (options.maxParallelJobs != null) {
            int limit = options.maxParallelJobs - running.size();
            if (limit <= 0) {
                return JsonNodeFactory.instance.arrayNode();
            }
            return server.call(
                            () ->
                                    api.post(
                                            base + "/claim_next_jobs",
                                            Query.of("limit", limit),
                                            null))
                    .path("jobs");
        }
        if (free.cpus() <= 0) {
            return JsonNodeFactory.instance.arrayNode();
        }
        String path = base + "/claim_jobs_based_on_resources/" + free.cpus();
        // Naming this runner's compute node makes it the only one that may start these jobs.
        ObjectNode offer = free.toClaim().put("id", computeNodeId);
        return server.call(() -> api.post(path, offer)).path("jobs");
    }

    private void start(JsonNode job) {
        long id = job.path("id").asLong();
        try {
            server.run(
                    () ->
                            api.put(
                                    "/jobs/" + id + "/start_job/" + runId + "/" + computeNodeId,
                                    null));
        } catch (ApiException e) {
            reporter.notice(
                    "cannot start job '" + job.path("name").asText() + "': " + e.getMessage());
            return;
        }
        Resources.Need need =
                needs.getOrDefault(
                        job.path("resource_requirements_id").asLong(-1), Resources.Need.DEFAULT);
        RunningJob process = new RunningJob(job, need, outputDir.resolve("job_stdio"), runId);
        if (options.maxParallelJobs == null) {
            free.take(need);
        }
        running.put(id, process);
        jobsRun++;
        process.start(environment(process), this::wakeUp);
        reporter.event(
                "started job '"
                        + process.name()
                        + "' (id "
                        + id
                        + ", attempt "
                        + process.attemptId()
                        + ")");
    }

    private Map<String, String> environment(RunningJob job) {
        Map<String, String> environment = new HashMap<>();
        environment.put("TORC_WORKFLOW_ID", Long.toString(workflowId));
        environment.put("TORC_JOB_ID", Long.toString(job.id()));
        environment.put("TORC_JOB_NAME", job.name());
        environment.put("TORC_OUTPUT_DIR", outputDir.toString());
        environment.put("TORC_ATTEMPT_ID", Integer.toString(job.attemptId()));
        environment.put("TORC_RUN_ID", Long.toString(runId));
        environment.put("TORC_API_URL", api.base().toString());
        return environment;
    }

    // ---- finishing

    private void collectFinished() {
        Iterator<RunningJob> jobs = running.values().iterator();
        while (jobs.hasNext()) {
            RunningJob job = jobs.next();
            if (job.isFinished()) {
                jobs.remove();
                if (options.maxParallelJobs == null) {
                    free.release(job.need());
                }
                unreported.add(completionOf(job));
            }
        }
    }

    private Completion completionOf(RunningJob job) {
        int code = job.returnCode();
        if (job.wasTerminated()) {
            reporter.notice("terminated job '" + job.name() + "' (return code " + code + ")");
            return new Completion(job, "terminated", code, null);
        }
        if (code == 0) {
            List<String> missing = outputFiles.missing(job);
            if (missing.isEmpty()) {
                reporter.event(
                        String.format(
                                "completed job '%s' in %.1f s", job.name(), job.minutes() * 60));
                return new Completion(job, "completed", 0, null);
            }
            reporter.notice(
                    "job '"
                            + job.name()
                            + "' returned 0 but did not write "
                            + String.join(", ", missing));
            code = 1;
        }
        FailureRules.Rule retry = retryRule(job, code);
        reporter.notice(
                String.format(
                        "job '%s' failed with return code %d%s; output in %s",
                        job.name(), code, retry == null ? "" : ", retrying", job.stderr()));
        return new Completion(job, "failed", code, retry);
    }

    private FailureRules.Rule retryRule(RunningJob job, int code) {
        FailureRules rules = handlers.get(job.job().path("failure_handler_id").asLong(-1));
        Optional<FailureRules.Rule> rule = rules == null ? Optional.empty() : rules.match(code);
        if (rule.isEmpty() || job.attemptId() > rule.get().maxRetries()) {
            return null;
        }
        return rule.get();
    }

    private void reportCompletions() {
        while (!unreported.isEmpty()) {
            Completion completion = unreported.peek();
            report(completion);
            unreported.remove();
        }
    }

    private void report(Completion completion) {
        RunningJob job = completion.job;
        if (!completion.reported) {
            String path = "/jobs/" + job.id() + "/complete_job/" + completion.status + "/" + runId;
            try {
                server.run(() -> api.post(path, completion.result(runId, computeNodeId)));
            } catch (ApiException e) {
                reporter.notice(
                        "the server refused the result of job '"
                                + job.name()
                                + "': "
                                + e.getMessage());
                return;
            }
            completion.reported = true;
        }
        if (completion.retry != null) {
            retry(completion);
        }
    }

    private void retry(Completion completion) {
        RunningJob job = completion.job;
        try {
            server.run(() -> api.post("/jobs/" + job.id() + "/retry/" + runId, null));
        } catch (ApiException e) {
            reporter.notice("cannot retry job '" + job.name() + "': " + e.getMessage());
            return;
        }
        retries++;
        if (completion.retry.recoveryScript() != null) {
            Recovery.run(
                    job,
                    completion.retry.recoveryScript(),
                    completion.returnCode,
                    environment(job),
                    reporter);
        }
    }

    // ---- when to stop

    private boolean workflowCanceled() {
        long now = System.nanoTime();
        if (now - lastStatusCheck < STATUS_CHECK.toNanos()) {
            return false;
        }
        lastStatusCheck = now;
        JsonNode status = server.call(() -> api.get("/workflows/" + workflowId + "/status"));
        if (status.path("is_canceled").asBoolean(false)) {
            stopReason = "canceled";
            reporter.notice("workflow " + workflowId + " was canceled; stopping its jobs");
            return true;
        }
        return false;
    }

    /** True when the workflow is complete, or no job left can ever run here. */
    private boolean nothingLeftToRun() {
        JsonNode complete = server.call(() -> api.get("/workflows/" + workflowId + "/is_complete"));
        if (complete.path("is_complete").asBoolean(false)) {
            return true;
        }
        if (complete.path("is_canceled").asBoolean(false)) {
            stopReason = "canceled";
            return true;
        }
        counts = server.call(() -> WorkflowsCommand.jobCounts(api, workflowId));
        if (counts.path("pending").asLong() + counts.path("running").asLong() > 0) {
            stuckChecks = 0;
            return false;
        }
        return ++stuckChecks >= STUCK_CHECKS && stuck();
    }

    private boolean stuck() {
        long ready = counts.path("ready").asLong();
        long waiting = counts.path("blocked").asLong() + counts.path("uninitialized").asLong();
        stopReason =
                ready > 0
                        ? ready + " ready jobs need more than this runner has (" + capacity() + ")"
                        : waiting + " jobs wait for something no job here will produce";
        reporter.notice("stopping: " + stopReason);
        return true;
    }

    // ---- stopping

    /** SIGTERM to jobs that support it, SIGKILL to the rest, then SIGKILL after the grace. */
    private void terminateRunning() {
        if (running.isEmpty()) {
            return;
        }
        reporter.notice("terminating " + running.size() + " running jobs");
        for (RunningJob job : running.values()) {
            if (job.supportsTermination()) {
                job.askToStop();
            } else {
                job.kill();
            }
        }
        long deadline = System.nanoTime() + options.terminationGrace().toNanos();
        for (RunningJob job : running.values()) {
            job.await(Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
        }
        for (RunningJob job : running.values()) {
            job.kill();
            job.await(2_000);
        }
        collectFinished();
        reportQuickly();
    }

    /** Reports what is left, once each: a stopping run does not wait for an absent server. */
    private void reportQuickly() {
        for (Completion completion : unreported) {
            try {
                String path =
                        "/jobs/"
                                + completion.job.id()
                                + "/complete_job/"
                                + completion.status
                                + "/"
                                + runId;
                api.post(path, completion.result(runId, computeNodeId));
                completion.reported = true;
            } catch (ApiException e) {
                if (e.isTransient()) {
                    saveUnreported();
                    return;
                }
                completion.reported = true;
            }
        }
        unreported.clear();
    }

    private void killRemaining() {
        running.values().forEach(RunningJob::kill);
    }

    private int abandon(ServerCalls.ServerGone gone) {
        stopReason = "the server is unreachable";
        reporter.notice(gone.getMessage() + "; stopping");
        for (RunningJob job : running.values()) {
            job.kill();
            job.await(2_000);
        }
        collectFinished();
        Path saved = saveUnreported();
        reporter.finish();
        output.line(
                "Workflow "
                        + workflowId
                        + " stopped: the server at "
                        + api.base()
                        + " is unreachable"
                        + (saved == null ? "" : "; unreported results saved in " + saved));
        return 1;
    }

    /** Writes the results the server never got to a file, so they are not lost. */
    private Path saveUnreported() {
        List<Completion> left = new ArrayList<>();
        unreported.stream().filter(c -> !c.reported).forEach(left::add);
        if (left.isEmpty()) {
            return null;
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        left.forEach(c -> array.add(c.result(runId, computeNodeId).put("job_name", c.job.name())));
        Path file =
                outputDir.resolve("unreported_results_wf" + workflowId + "_run" + runId + ".json");
        try {
            Files.writeString(file, array.toPrettyString());
            unreported.clear();
            return file;
        } catch (IOException e) {
            reporter.notice("cannot save unreported results to " + file + ": " + e.getMessage());
            return null;
        }
    }

    // ---- progress and summary

    private void showProgress() {
        long now = System.nanoTime();
        if (progressCounts == null || now - lastProgress < PROGRESS_INTERVAL.toNanos()) {
            return;
        }
        lastProgress = now;
        StringBuilder line = new StringBuilder("[" + elapsed() + "] workflow " + workflowId + ":");
        progressCounts
                .latest()
                .fields()
                .forEachRemaining(
                        e -> line.append(' ').append(e.getKey()).append(' ').append(e.getValue()));
        reporter.progress(line.toString());
    }

    private String elapsed() {
        long seconds = (System.nanoTime() - startNanos) / 1_000_000_000;
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private int summarize() {
        deactivateComputeNode();
        counts = server.call(() -> WorkflowsCommand.jobCounts(api, workflowId));
        reporter.finish();
        RunSummary summary =
                new RunSummary(
                        workflowId,
                        workflowName,
                        runId,
                        stopReason,
                        counts,
                        jobsRun,
                        retries,
                        (System.nanoTime() - startNanos) / 1e9,
                        outputDir);
        output.print(summary.toJson(), () -> output.line(summary.describe()));
        return summary.success() ? 0 : 1;
    }

    private void deactivateComputeNode() {
        try {
            ObjectNode node = api.get("/compute_nodes/" + computeNodeId).deepCopy();
            node.put("is_active", false);
            node.put("duration_seconds", (System.nanoTime() - startNanos) / 1e9);
            api.put("/compute_nodes/" + computeNodeId, node);
        } catch (ApiException e) {
            reporter.event(
                    "cannot mark compute node " + computeNodeId + " inactive: " + e.getMessage());
        }
    }
}
