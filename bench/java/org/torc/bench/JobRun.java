package org.torc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A workflow of independent no-op jobs and the runners that work through it. */
final class JobRun {

    final long workflowId;
    final long runId;
    final Runner.Ledger ledger = new Runner.Ledger();

    private JobRun(long workflowId, long runId) {
        this.workflowId = workflowId;
        this.runId = runId;
    }

    /** Creates and initializes a workflow of {@code jobs} independent jobs running {@code true}. */
    static JobRun prepare(Api api, String name, int jobs) {
        long workflowId = Workflows.create(api, name);
        List<Map<String, Object>> specs = new ArrayList<>(jobs);
        for (int i = 0; i < jobs; i++) {
            specs.add(Workflows.job(workflowId, "noop_" + i, "true", List.of()));
        }
        Workflows.addJobs(api, specs);
        return new JobRun(workflowId, Workflows.initialize(api, workflowId));
    }

    /**
     * Runs {@code runners} runners, spread round robin over the servers, until no job is ready;
     * returns the wall time in seconds.
     */
    double run(List<Api> servers, int runners, Runner.Options options) throws Exception {
        List<Runner> team = new ArrayList<>();
        for (int i = 0; i < runners; i++) {
            Api api = servers.get(i % servers.size());
            long node = Workflows.computeNode(api, workflowId, Workflows.host() + "-runner-" + i);
            team.add(new Runner(api, workflowId, runId, node, options, ledger));
        }
        ExecutorService pool = Executors.newFixedThreadPool(runners);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            for (Runner runner : team) {
                done.add(pool.submit(runner));
            }
            for (Future<Integer> future : done) {
                future.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many of the workflow's jobs have each status. */
    Map<String, Integer> statusCounts(Api api) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Map<String, Object> job : Workflows.jobs(api, workflowId)) {
            counts.merge(String.valueOf(job.get("status")), 1, Integer::sum);
        }
        return counts;
    }
}
