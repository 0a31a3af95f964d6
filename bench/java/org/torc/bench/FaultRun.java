package org.torc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The long fault tests: a run of no-op jobs whose runners are spread over one or more servers,
 * while bench/run kills and restarts a server (it waits for {@code --signal-file}, written once
 * {@code --signal-at} jobs are complete). Afterwards every job must be completed, with exactly one
 * result, and no job handed out twice.
 *
 * <p>The runners wait for the workflow to be complete: a claim whose answer was lost in the crash
 * comes back once the server's claim lease runs out (bench/run starts the servers with a lease
 * longer than a restart). Jobs still pending or running when the runners give up are orphans: an
 * orphan fails the test; they are returned to ready with {@code manage_status_change} as an
 * operator would, and run in a second pass so the other checks still mean something.
 */
final class FaultRun {

    private FaultRun() {}

    static void run(Options options) throws Exception {
        List<Api> servers = new ArrayList<>();
        for (String url : options.text("urls").split(",")) {
            servers.add(new Api(url));
        }
        Api first = servers.get(0);
        int jobs = options.number("jobs", 1000);
        Runner.Options runnerOptions =
                new Runner.Options(
                        options.number("batch", 4),
                        true,
                        options.number("patience-secs", 180) * 1000L,
                        true);

        JobRun run = JobRun.prepare(first, "bench_fault_run", jobs);
        System.out.println("workflow=" + run.workflowId);
        System.out.flush();
        signalWhenDone(run, options);
        double seconds = run.run(servers, options.number("runners", 4), runnerOptions);

        Orphans orphans = returnOrphans(first, run);
        if (orphans.count > 0) {
            seconds += run.run(servers, options.number("runners", 4), runnerOptions);
        }
        report(first, run, jobs, orphans, seconds);
    }

    private static void signalWhenDone(JobRun run, Options options) {
        String file = options.text("signal-file", null);
        int at = options.number("signal-at", 0);
        if (file == null) {
            return;
        }
        Thread watcher =
                new Thread(
                        () -> {
                            while (run.ledger.completions.size() < at) {
                                Runner.pause(5);
                            }
                            touch(Path.of(file));
                        });
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void touch(Path file) {
        try {
            Files.writeString(file, "signal\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jobs left pending or running once the runners ran out of work. */
    private record Orphans(int count, int acknowledgedThenLost) {}

    /**
     * Returns orphans to ready. An orphan whose completion the server had acknowledged lost that
     * completion in the crash; its claims are forgotten, since it is claimed once more on purpose.
     */
    private static Orphans returnOrphans(Api api, JobRun run) {
        int count = 0;
        int lost = 0;
        for (Map<String, Object> job : Workflows.jobs(api, run.workflowId)) {
            Object status = job.get("status");
            if ("pending".equals(status) || "running".equals(status)) {
                long jobId = Api.id(job);
                api.put("/jobs/" + jobId + "/manage_status_change/ready/" + run.runId, Map.of());
                count++;
                lost += run.ledger.completions.containsKey(jobId) ? 1 : 0;
                run.ledger.claims.remove(jobId);
                run.ledger.completions.remove(jobId);
            }
        }
        return new Orphans(count, lost);
    }

    private static void report(Api api, JobRun run, int jobs, Orphans orphans, double seconds) {
        Map<String, Integer> counts = run.statusCounts(api);
        int completed = counts.getOrDefault("completed", 0);
        Map<Long, Integer> resultsPerJob = new HashMap<>();
        String path = "/results?workflow_id=" + run.workflowId + "&all_runs=true";
        for (Map<String, Object> result : Workflows.pages(api, path)) {
            resultsPerJob.merge(((Number) result.get("job_id")).longValue(), 1, Integer::sum);
        }
        long duplicated = resultsPerJob.values().stream().filter(n -> n > 1).count();
        long missing = jobs - resultsPerJob.size();
        long claimedTwice = run.ledger.claimedTwice();
        boolean ok =
                completed == jobs
                        && duplicated == 0
                        && missing == 0
                        && claimedTwice == 0
                        && run.ledger.refusedJobs.get() == 0
                        && orphans.count == 0;

        System.out.println("statuses=" + counts);
        System.out.println("completed=" + completed);
        System.out.println("results_missing=" + missing);
        System.out.println("results_duplicated=" + duplicated);
        System.out.println("claimed_twice=" + claimedTwice);
        System.out.println("orphans=" + orphans.count);
        System.out.println("acknowledged_then_lost=" + orphans.acknowledgedThenLost);
        System.out.println("refused_starts=" + run.ledger.refusedJobs.get());
        System.out.println("retried_calls=" + run.ledger.retriedCalls.get());
        System.out.println("uncertain_calls=" + run.ledger.uncertainCalls.get());
        System.out.println("seconds=" + Stats.format(seconds));
        System.out.println("ok=" + ok);
    }
}
