package org.torc.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A minimal job runner speaking the REST contract: claim up to {@code batch} ready jobs, then for
 * each start it, run its command (no shell) and complete it with a result. It stops when a claim
 * returns nothing, or, when it waits for the end, once the workflow is complete.
 *
 * <p>A runner that waits for the end claims by resources and names its compute node, as the torc
 * runner does: the server then lets only this node start what it claimed, and offers jobs again
 * whose claim answer was lost once the claim lease has run out.
 *
 * <p>When the server cannot be reached it retries the same call until {@code patienceMillis} has
 * passed, so it survives a server restart. A retried start or complete that the server refuses with
 * 409 or 422 was most likely applied before the connection broke; it counts as done.
 */
final class Runner implements Callable<Integer> {

    /** Every claim and completion seen by any runner, keyed by job id. */
    static final class Ledger {
        final Map<Long, AtomicInteger> claims = new ConcurrentHashMap<>();
        final Map<Long, AtomicInteger> completions = new ConcurrentHashMap<>();
        final AtomicInteger retriedCalls = new AtomicInteger();
        final AtomicInteger uncertainCalls = new AtomicInteger();
        final AtomicInteger refusedJobs = new AtomicInteger();

        void claimed(long jobId) {
            claims.computeIfAbsent(jobId, id -> new AtomicInteger()).incrementAndGet();
        }

        void completed(long jobId) {
            completions.computeIfAbsent(jobId, id -> new AtomicInteger()).incrementAndGet();
        }

        long claimedTwice() {
            return claims.values().stream().filter(n -> n.get() > 1).count();
        }
    }

    private final Api api;
    private final long workflowId;
    private final long runId;
    private final long computeNodeId;
    private final int batch;
    private final boolean execute;
    private final long patienceMillis;
    private final Ledger ledger;
    private final boolean untilComplete;

    Runner(
            Api api,
            long workflowId,
            long runId,
            long computeNodeId,
            Options options,
            Ledger ledger) {
        this.api = api;
        this.workflowId = workflowId;
        this.runId = runId;
        this.computeNodeId = computeNodeId;
        this.batch = options.batch;
        this.execute = options.execute;
        this.patienceMillis = options.patienceMillis;
        this.ledger = ledger;
        this.untilComplete = options.untilComplete;
    }

    /**
     * How runners behave: jobs per claim, whether commands run, how long to wait for a server, and
     * whether to wait for the workflow to be complete rather than stop at the first empty claim.
     */
    record Options(int batch, boolean execute, long patienceMillis, boolean untilComplete) {

        Options(int batch, boolean execute, long patienceMillis) {
            this(batch, execute, patienceMillis, false);
        }
    }

    /** Runs jobs until none is ready; returns how many this runner completed. */
    @Override
    public Integer call() {
        int completed = 0;
        while (true) {
            List<Map<String, Object>> jobs = claim();
            if (jobs.isEmpty()) {
                if (!untilComplete || isComplete()) {
                    return completed;
                }
                pause(500);
                continue;
            }
            for (Map<String, Object> job : jobs) {
                ledger.claimed(Api.id(job));
            }
            for (Map<String, Object> job : jobs) {
                run(job);
                completed++;
            }
        }
    }

    List<Map<String, Object>> claim() {
        String base = "/workflows/" + workflowId;
        Map<String, Object> answer;
        if (untilComplete) {
            String path = base + "/claim_jobs_based_on_resources/" + batch;
            Map<String, Object> offer =
                    Map.of(
                            "id", computeNodeId,
                            "num_cpus", batch,
                            "memory_gb", 64,
                            "num_gpus", 0,
                            "num_nodes", 1);
            answer = patiently(() -> api.post(path, offer), false);
        } else {
            String path = base + "/claim_next_jobs?limit=" + batch;
            answer = patiently(() -> api.post(path, Map.of()), false);
        }
        return Api.list(answer.get("jobs"));
    }

    private boolean isComplete() {
        String path = "/workflows/" + workflowId + "/is_complete";
        return Boolean.TRUE.equals(patiently(() -> api.get(path), false).get("is_complete"));
    }

    void run(Map<String, Object> job) {
        try {
            startRunComplete(job);
        } catch (Api.Failure e) {
            if (e.status != 409 && e.status != 422) {
                throw e;
            }
            // Handed out to this runner, yet no longer pending or running for it: another runner
            // was given the same job. Counted, and left to the other runner.
            ledger.refusedJobs.incrementAndGet();
        }
    }

    private void startRunComplete(Map<String, Object> job) {
        long jobId = Api.id(job);
        String start = "/jobs/" + jobId + "/start_job/" + runId + "/" + computeNodeId;
        patiently(() -> api.put(start, null), true);

        int returnCode = execute ? execute((String) job.get("command")) : 0;
        String status = returnCode == 0 ? "completed" : "failed";
        Map<String, Object> result =
                Workflows.result(workflowId, jobId, runId, computeNodeId, returnCode);
        String complete = "/jobs/" + jobId + "/complete_job/" + status + "/" + runId;
        patiently(() -> api.post(complete, result), true);
        ledger.completed(jobId);
    }

    private static int execute(String command) {
        try {
            return new ProcessBuilder(command.trim().split("\\s+"))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor();
        } catch (IOException e) {
            return 127;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /**
     * Calls until the server answers. After a broken connection, a 5xx or an answer that is not the
     * service's JSON (Payara's HTML pages while the application deploys) is a server still booting
     * and is retried too; a call that changes state and is then refused as a conflict was applied
     * by the first attempt.
     */
    private Map<String, Object> patiently(Supplier<Map<String, Object>> call, boolean changes) {
        long deadline = System.currentTimeMillis() + patienceMillis;
        boolean retried = false;
        while (true) {
            try {
                return call.get();
            } catch (UncheckedIOException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                retried = true;
                ledger.retriedCalls.incrementAndGet();
                pause(200);
            } catch (Api.Failure e) {
                boolean conflict = e.status == 409 || e.status == 422;
                if (changes && retried && conflict) {
                    ledger.uncertainCalls.incrementAndGet();
                    return Map.of();
                }
                boolean booting = e.status >= 500 || !e.fromService;
                if (retried && booting && System.currentTimeMillis() < deadline) {
                    pause(200);
                    continue;
                }
                throw e;
            }
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
