package org.torc.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Figure 5: how soon a dependent can be claimed once its last upstream job completes.
 *
 * <p>A chain of diamonds: in round k, jobs {@code a_k} and {@code b_k} wait for {@code d_(k-1)},
 * and {@code d_k} waits for both. Each sample is the time from the answer to the completion that
 * unblocks a job to the answer of the first claim that hands that job out, claiming in a tight
 * loop. Samples that take longer than five seconds stop the run.
 */
final class DependencyLatency {

    private static final long GIVE_UP_NANOS = 5_000_000_000L;

    private final Api api;
    private long workflowId;
    private long runId;
    private long computeNodeId;
    private final List<Double> samples = new ArrayList<>();
    private int claimCalls;

    private DependencyLatency(Api api) {
        this.api = api;
    }

    static void run(Options options) {
        DependencyLatency bench = new DependencyLatency(options.api());
        int rounds = options.number("rounds", 20);
        List<long[]> diamonds = bench.prepare(rounds);
        bench.measure(diamonds);

        System.out.println("median_ms=" + Stats.format(Stats.median(bench.samples)));
        System.out.println("p90_ms=" + Stats.format(Stats.percentile(bench.samples, 90)));
        System.out.println("max_ms=" + Stats.format(Stats.percentile(bench.samples, 100)));
        System.out.println("samples=" + bench.samples.size());
        System.out.println("claim_calls=" + bench.claimCalls);
    }

    /** Creates the diamonds level by level; each entry holds the ids of a_k, b_k and d_k. */
    private List<long[]> prepare(int rounds) {
        workflowId = Workflows.create(api, "bench_dependency_latency");
        List<long[]> diamonds = new ArrayList<>();
        List<Long> upstream = List.of();
        for (int k = 0; k < rounds; k++) {
            List<Long> pair =
                    Workflows.addJobs(
                            api,
                            List.of(
                                    Workflows.job(workflowId, "a_" + k, "true", upstream),
                                    Workflows.job(workflowId, "b_" + k, "true", upstream)));
            long d =
                    Workflows.addJobs(
                                    api, List.of(Workflows.job(workflowId, "d_" + k, "true", pair)))
                            .get(0);
            diamonds.add(new long[] {pair.get(0), pair.get(1), d});
            upstream = List.of(d);
        }
        runId = Workflows.initialize(api, workflowId);
        computeNodeId = Workflows.computeNode(api, workflowId, Workflows.host() + "-latency");
        return diamonds;
    }

    private void measure(List<long[]> diamonds) {
        awaitClaimable(Set.of(diamonds.get(0)[0], diamonds.get(0)[1]), System.nanoTime(), false);
        for (int k = 0; k < diamonds.size(); k++) {
            long[] diamond = diamonds.get(k);
            start(diamond[0]);
            start(diamond[1]);
            complete(diamond[0]);
            long lastUpstreamDone = complete(diamond[1]);
            awaitClaimable(Set.of(diamond[2]), lastUpstreamDone, true);

            start(diamond[2]);
            long joinDone = complete(diamond[2]);
            if (k + 1 < diamonds.size()) {
                long[] next = diamonds.get(k + 1);
                awaitClaimable(Set.of(next[0], next[1]), joinDone, true);
            }
        }
    }

    /** Claims until every expected job was handed out; records the time to the first of them. */
    private void awaitClaimable(Set<Long> expected, long sinceNanos, boolean record) {
        Set<Long> missing = new HashSet<>(expected);
        boolean first = true;
        while (!missing.isEmpty()) {
            String path = "/workflows/" + workflowId + "/claim_next_jobs?limit=" + missing.size();
            List<Map<String, Object>> jobs = Api.list(api.post(path, Map.of()).get("jobs"));
            claimCalls++;
            long now = System.nanoTime();
            for (Map<String, Object> job : jobs) {
                if (!missing.remove(Api.id(job))) {
                    throw new IllegalStateException("claimed an unexpected job: " + job);
                }
            }
            if (!jobs.isEmpty() && first && record) {
                samples.add((now - sinceNanos) / 1e6);
                first = false;
            }
            if (now - sinceNanos > GIVE_UP_NANOS) {
                throw new IllegalStateException(
                        "jobs " + missing + " not claimable 5 s after their upstream completed");
            }
        }
    }

    private void start(long jobId) {
        api.put("/jobs/" + jobId + "/start_job/" + runId + "/" + computeNodeId, null);
    }

    /** Completes the job and returns the time its answer arrived. */
    private long complete(long jobId) {
        Map<String, Object> result = Workflows.result(workflowId, jobId, runId, computeNodeId, 0);
        api.post("/jobs/" + jobId + "/complete_job/completed/" + runId, result);
        return System.nanoTime();
    }
}
