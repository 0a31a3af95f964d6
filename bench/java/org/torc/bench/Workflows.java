package org.torc.bench;

import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Creating what a benchmark needs through the REST contract: workflows, jobs, compute nodes. */
final class Workflows {

    static final int BULK_LIMIT = 10_000;

    private Workflows() {}

    static long create(Api api, String name) {
        Map<String, Object> workflow = new LinkedHashMap<>();
        workflow.put("name", name);
        workflow.put("user", "bench");
        workflow.put("description", "created by bench/run");
        return Api.id(api.post("/workflows", workflow));
    }

    /** A job running {@code command}, blocked by the given jobs. */
    static Map<String, Object> job(long workflowId, String name, String command, List<Long> deps) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("workflow_id", workflowId);
        job.put("name", name);
        job.put("command", command);
        if (!deps.isEmpty()) {
            job.put("depends_on_job_ids", deps);
        }
        return job;
    }

    /** Creates the jobs in calls of at most 10,000 and returns their ids in order. */
    static List<Long> addJobs(Api api, List<Map<String, Object>> jobs) {
        List<Long> ids = new ArrayList<>(jobs.size());
        for (int from = 0; from < jobs.size(); from += BULK_LIMIT) {
            List<Map<String, Object>> batch =
                    jobs.subList(from, Math.min(jobs.size(), from + BULK_LIMIT));
            Map<String, Object> answer = api.post("/bulk_jobs", Map.of("jobs", batch));
            Object created = answer.containsKey("jobs") ? answer.get("jobs") : answer.get("items");
            for (Map<String, Object> job : Api.list(created)) {
                ids.add(Api.id(job));
            }
        }
        if (ids.size() != jobs.size()) {
            throw new IllegalStateException(
                    "bulk_jobs returned " + ids.size() + " ids for " + jobs.size() + " jobs");
        }
        return ids;
    }

    /** Initializes the workflow and returns its current run id. */
    static long initialize(Api api, long workflowId) {
        api.post("/workflows/" + workflowId + "/initialize_jobs", Map.of());
        return runId(api, workflowId);
    }

    static long runId(Api api, long workflowId) {
        Object runId = api.get("/workflows/" + workflowId + "/status").get("run_id");
        return runId == null ? 1 : ((Number) runId).longValue();
    }

    static long computeNode(Api api, long workflowId, String hostname) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("workflow_id", workflowId);
        node.put("hostname", hostname);
        node.put("pid", ProcessHandle.current().pid());
        node.put("start_time", OffsetDateTime.now().toString());
        node.put("num_cpus", 1);
        node.put("memory_gb", 1.0);
        node.put("num_gpus", 0);
        node.put("num_nodes", 1);
        node.put("is_active", true);
        node.put("compute_node_type", "local");
        return Api.id(api.post("/compute_nodes", node));
    }

    /** The result body of {@code complete_job}. */
    static Map<String, Object> result(
            long workflowId, long jobId, long runId, long computeNodeId, int returnCode) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("job_id", jobId);
        result.put("workflow_id", workflowId);
        result.put("run_id", runId);
        result.put("compute_node_id", computeNodeId);
        result.put("return_code", returnCode);
        result.put("exec_time_minutes", 0.0);
        result.put("completion_time", OffsetDateTime.now().toString());
        result.put("status", returnCode == 0 ? "completed" : "failed");
        return result;
    }

    /** Every job of the workflow, read page by page. */
    static List<Map<String, Object>> jobs(Api api, long workflowId) {
        return pages(api, "/jobs?workflow_id=" + workflowId);
    }

    static List<Map<String, Object>> pages(Api api, String path) {
        List<Map<String, Object>> all = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        while (true) {
            Map<String, Object> page =
                    api.get(path + separator + "offset=" + all.size() + "&limit=" + BULK_LIMIT);
            List<Map<String, Object>> items = Api.list(page.get("items"));
            all.addAll(items);
            if (items.isEmpty() || !Boolean.TRUE.equals(page.get("has_more"))) {
                return all;
            }
        }
    }

    static String host() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
