package org.torc.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Figure 6 without the {@code torc} client: the same workflow as bench's generated spec, three
 * parameterized stages joined by two barrier jobs, created with {@code bulk_jobs} and initialized.
 * A barrier turns N x M edges between stages into N + M.
 */
final class Scale {

    private Scale() {}

    static void run(Options options) {
        Api api = options.api();
        int total = options.number("jobs", 100_000);
        int stage = total / 3;
        int lastStage = total - 2 - 2 * stage;

        long start = System.nanoTime();
        long workflowId = Workflows.create(api, "bench_scale");
        List<Long> first = Workflows.addJobs(api, stage(workflowId, "s1", stage, List.of()));
        long barrier1 = barrier(api, workflowId, "barrier1", first);
        List<Long> second =
                Workflows.addJobs(api, stage(workflowId, "s2", stage, List.of(barrier1)));
        long barrier2 = barrier(api, workflowId, "barrier2", second);
        Workflows.addJobs(api, stage(workflowId, "s3", lastStage, List.of(barrier2)));
        double created = (System.nanoTime() - start) / 1e9;

        Workflows.initialize(api, workflowId);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.println("workflow=" + workflowId);
        System.out.println("create_seconds=" + Stats.format(created));
        System.out.println("seconds=" + Stats.format(seconds));
        System.out.println("ready=" + count(api, workflowId, "ready"));
        System.out.println("blocked=" + count(api, workflowId, "blocked"));
    }

    private static List<Map<String, Object>> stage(
            long workflowId, String prefix, int size, List<Long> upstream) {
        List<Map<String, Object>> jobs = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            jobs.add(
                    Workflows.job(
                            workflowId, String.format("%s_%05d", prefix, i), "true", upstream));
        }
        return jobs;
    }

    private static long barrier(Api api, long workflowId, String name, List<Long> upstream) {
        Map<String, Object> job = Workflows.job(workflowId, name, "true", upstream);
        return Workflows.addJobs(api, List.of(job)).get(0);
    }

    static long count(Api api, long workflowId, String status) {
        String path = "/jobs?workflow_id=" + workflowId + "&status=" + status + "&limit=1";
        Object total = api.get(path).get("total_count");
        return total == null ? -1 : ((Number) total).longValue();
    }
}
