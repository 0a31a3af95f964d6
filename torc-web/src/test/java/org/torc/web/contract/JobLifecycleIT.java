package org.torc.web.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.torc.web.testing.RunningServer;

/** The job life cycle through HTTP, as a job runner drives it. */
class JobLifecycleIT {

    private static Api api;

    @BeforeAll
    static void server() {
        api = new Api(RunningServer.shared());
    }

    /** A diamond: preprocess writes f2 and f3, work1 and work2 read them, postprocess joins. */
    private static long[] diamond(long wf) {
        long[] files = new long[6];
        for (int i = 0; i < files.length; i++) {
            files[i] =
                    api.post(
                                    "files",
                                    "{'workflow_id': %d, 'name': 'f%d', 'path': 'f%d.json'}"
                                            .formatted(wf, i + 1, i + 1))
                            .ok()
                            .path("id")
                            .asLong();
        }
        long pre = api.job(wf, "preprocess", io(files[0], files[1], files[2]));
        long work1 = api.job(wf, "work1", io(files[1], files[3]));
        long work2 = api.job(wf, "work2", io(files[2], files[4]));
        long post =
                api.job(
                        wf,
                        "postprocess",
                        "'input_file_ids': [%d, %d], 'output_file_ids': [%d]"
                                .formatted(files[3], files[4], files[5]));
        return new long[] {pre, work1, work2, post};
    }

    private static String io(long input, long... outputs) {
        StringBuilder out = new StringBuilder();
        for (long id : outputs) {
            out.append(out.length() == 0 ? "" : ", ").append(id);
        }
        return "'input_file_ids': [%d], 'output_file_ids': [%s]".formatted(input, out);
    }

    /** Claims ready jobs, starts and completes each with return code 0 until none is left. */
    private static List<String> runToTheEnd(long wf) {
        List<String> order = new ArrayList<>();
        while (true) {
            JsonNode jobs = api.post("workflows/" + wf + "/claim_next_jobs?limit=10", "{}").ok();
            if (jobs.path("jobs").isEmpty()) {
                return order;
            }
            for (JsonNode job : jobs.path("jobs")) {
                long id = job.path("id").asLong();
                assertEquals("pending", job.path("status").asText());
                api.put("jobs/" + id + "/start_job/0/1", "{}").ok();
                api.post(
                                "jobs/" + id + "/complete_job/completed/0",
                                Api.result(wf, id, 0, "completed"))
                        .ok();
                order.add(job.path("name").asText());
            }
        }
    }

    @Test
    void aDiamondRunsInDependencyOrderToCompletion() {
        long wf = api.workflow("diamond", "alice");
        diamond(wf);

        JsonNode init = api.post("workflows/" + wf + "/initialize_jobs", "{}").ok();
        List<String> order = runToTheEnd(wf);

        assertEquals(1, init.path("ready").asInt());
        assertEquals(3, init.path("blocked").asInt());
        assertEquals("preprocess", order.get(0));
        assertEquals(Set.of("work1", "work2"), new TreeSet<>(order.subList(1, 3)));
        assertEquals("postprocess", order.get(3));
        JsonNode complete = api.get("workflows/" + wf + "/is_complete").ok();
        assertTrue(complete.path("is_complete").asBoolean(), complete.toString());
        assertEquals(4, api.get("results?workflow_id=" + wf).ok().path("total_count").asInt());
    }

    @Test
    void theGraphListingsShowWhatInitializingInferred() {
        long wf = api.workflow("graph", "alice");
        diamond(wf);
        api.post("workflows/" + wf + "/initialize_jobs", "{}").ok();

        JsonNode dependencies = api.get("workflows/" + wf + "/job_dependencies").ok();
        JsonNode files = api.get("workflows/" + wf + "/job_file_relationships?limit=3").ok();
        JsonNode required = api.get("workflows/" + wf + "/required_existing_files").ok();

        assertEquals(4, dependencies.path("total_count").asInt());
        assertEquals(
                "preprocess",
                dependencies.path("items").get(0).path("depends_on_job_name").asText());
        assertEquals(3, files.path("count").asInt());
        assertTrue(files.path("has_more").asBoolean());
        assertEquals(1, required.path("files").size());
    }

    @Test
    void aFailureCancelsTheDependentsThatAskForIt() {
        long wf = api.workflow("cascade", "alice");
        long a = api.job(wf, "a", "");
        long b = api.job(wf, "b", "'depends_on_job_ids': [%d]".formatted(a));
        long c = api.job(wf, "c", "'depends_on_job_ids': [%d]".formatted(b));
        long tolerant =
                api.job(
                        wf,
                        "tolerant",
                        "'depends_on_job_ids': [%d], 'cancel_on_blocking_job_failure': false"
                                .formatted(a));
        api.post("workflows/" + wf + "/initialize_jobs", "{}").ok();
        api.post("workflows/" + wf + "/claim_next_jobs", "{}").ok();
        api.put("jobs/" + a + "/start_job/0/1", "{}").ok();

        JsonNode failed =
                api.post("jobs/" + a + "/complete_job/failed/0", Api.result(wf, a, 1, "failed"))
                        .ok();

        assertEquals("failed", failed.path("status").asText());
        assertEquals("canceled", api.status(b));
        assertEquals("canceled", api.status(c));
        assertEquals("ready", api.status(tolerant));
    }

    @Test
    void retryGivesAFailedJobAnotherAttempt() {
        long wf = api.workflow("retry", "alice");
        long a = api.job(wf, "a", "");
        long b = api.job(wf, "b", "'depends_on_job_ids': [%d]".formatted(a));
        api.post("workflows/" + wf + "/initialize_jobs", "{}").ok();
        api.post("workflows/" + wf + "/claim_next_jobs", "{}").ok();
        api.put("jobs/" + a + "/start_job/0/1", "{}").ok();
        api.post("jobs/" + a + "/complete_job/failed/0", Api.result(wf, a, 1, "failed")).ok();

        JsonNode retried = api.post("jobs/" + a + "/retry/0", "{}").ok();
        List<String> order = runToTheEnd(wf);

        assertEquals("ready", retried.path("status").asText());
        assertEquals(2, retried.path("attempt_id").asInt());
        assertEquals(List.of("a", "b"), order);
        JsonNode current = api.get("results?workflow_id=" + wf + "&job_id=" + a).ok();
        JsonNode all =
                api.get("results?workflow_id=" + wf + "&job_id=" + a + "&all_runs=true").ok();
        assertEquals(1, current.path("total_count").asInt());
        assertEquals(2, current.path("items").get(0).path("attempt_id").asInt());
        assertEquals(2, all.path("total_count").asInt());
    }

    @Test
    void cancelStopsClaimsAndCancelsActiveJobs() {
        long wf = api.workflow("cancel", "alice");
        long a = api.job(wf, "a", "");
        long b = api.job(wf, "b", "");
        api.post("workflows/" + wf + "/initialize_jobs", "{}").ok();
        api.post("workflows/" + wf + "/claim_next_jobs?limit=1", "{}").ok();

        JsonNode status = api.put("workflows/" + wf + "/cancel", "{}").ok();
        JsonNode claim =
                api.post(
                                "workflows/" + wf + "/claim_jobs_based_on_resources/10",
                                "{'num_cpus': 8, 'memory_gb': 16, 'num_gpus': 0, 'num_nodes': 1}")
                        .ok();

        assertTrue(status.path("is_canceled").asBoolean());
        assertEquals("canceled", api.status(a));
        assertEquals("ready", api.status(b));
        assertTrue(claim.path("jobs").isEmpty());
        assertFalse(claim.path("reason").asText().isEmpty());
        assertTrue(
                api.get("workflows/" + wf + "/is_complete").ok().path("is_canceled").asBoolean());
        JsonNode reset = api.post("workflows/" + wf + "/reset_status", "{}").ok();
        assertFalse(reset.path("is_canceled").asBoolean());
    }

    @Test
    void claimingByResourcesFillsTheOfferAndLeavesTheRest() {
        long wf = api.workflow("resources", "alice");
        long fourCpus =
                api.post(
                                "resource_requirements",
                                "{'workflow_id': %d, 'name': 'four', 'num_cpus': 4, 'memory': '2g',"
                                                .formatted(wf)
                                        + " 'runtime': 'PT30M'}")
                        .ok()
                        .path("id")
                        .asLong();
        for (int i = 0; i < 3; i++) {
            api.job(wf, "j" + i, "'resource_requirements_id': " + fourCpus);
        }
        api.post("workflows/" + wf + "/initialize_jobs", "{}").ok();

        JsonNode claim =
                api.post(
                                "workflows/"
                                        + wf
                                        + "/claim_jobs_based_on_resources/10?sort_method=none",
                                "{'num_cpus': 8, 'memory_gb': 16, 'num_gpus': 0, 'num_nodes': 1,"
                                        + " 'time_limit': '01:00:00'}")
                        .ok();
        JsonNode needs = api.get("workflows/" + wf + "/ready_job_requirements").ok();

        assertEquals(2, claim.path("jobs").size());
        assertEquals(1, needs.path("num_jobs").asInt());
        assertEquals(4, needs.path("num_cpus").asInt());
    }

    @Test
    void resetJobStatusFailedOnlyPreparesARerunOfTheFailures() {
        long wf = api.workflow("rerun", "alice");
        long good = api.job(wf, "good", "");
        long bad = api.job(wf, "bad", "");
        api.post("workflows/" + wf + "/initialize_jobs", "{}").ok();
        api.post("workflows/" + wf + "/claim_next_jobs?limit=2", "{}").ok();
        api.post("jobs/" + good + "/complete_job/completed/0", Api.result(wf, good, 0, "completed"))
                .ok();
        api.post("jobs/" + bad + "/complete_job/failed/0", Api.result(wf, bad, 2, "failed")).ok();

        JsonNode reset =
                api.post("workflows/" + wf + "/reset_job_status?failed_only=true", "{}").ok();
        api.post("workflows/" + wf + "/initialize_jobs?only_uninitialized=true", "{}").ok();

        assertEquals(1, reset.path("updated_count").asInt());
        assertEquals("uninitialized", reset.path("status").asText());
        assertEquals("failed_only", reset.path("reset_type").asText());
        assertEquals("completed", api.status(good));
        assertEquals("ready", api.status(bad));
    }

    @Test
    void theServerRecordsEventsOfTheLifeCycle() {
        long wf = api.workflow("events", "alice");
        api.job(wf, "a", "");
        api.post("workflows/" + wf + "/initialize_jobs", "{}").ok();
        runToTheEnd(wf);

        JsonNode events = api.get("events?workflow_id=" + wf + "&category=job_completion").ok();
        JsonNode latest = api.get("workflows/" + wf + "/latest_event_timestamp").ok();

        assertEquals(1, events.path("total_count").asInt());
        assertEquals(
                "Job a completed with status completed",
                events.path("items").get(0).path("data").path("message").asText());
        assertTrue(latest.path("timestamp").asLong() > 0);
    }
}
