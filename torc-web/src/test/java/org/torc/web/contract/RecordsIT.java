package org.torc.web.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.torc.web.testing.RunningServer;

/**
 * Each record type through HTTP: create, read, update, list with filters and paging, delete one,
 * delete all of a workflow.
 */
class RecordsIT {

    private static Api api;

    @BeforeAll
    static void server() {
        api = new Api(RunningServer.shared());
    }

    /** Create, get, update, list, delete one, delete all: the common round of every record. */
    private static void roundTrip(
            String path, long wf, String create, String update, String changedField) {
        JsonNode created = api.post(path, create.formatted(wf)).ok();
        long id = created.path("id").asLong();
        api.post(path, create.formatted(wf)).ok();

        JsonNode read = api.get(path + "/" + id).ok();
        JsonNode updated = api.put(path + "/" + id, update).ok();
        JsonNode page = api.get(path + "?workflow_id=" + wf + "&limit=1").ok();
        JsonNode deleted = api.delete(path + "/" + id).ok();
        JsonNode all = api.delete(path + "?workflow_id=" + wf).ok();

        assertEquals(wf, read.path("workflow_id").asLong(), path);
        assertFalse(updated.path(changedField).equals(created.path(changedField)), path);
        assertEquals(1, page.path("count").asInt(), path);
        assertEquals(2, page.path("total_count").asInt(), path);
        assertTrue(page.path("has_more").asBoolean(), path);
        assertEquals(10_000, page.path("max_limit").asInt(), path);
        assertEquals(id, deleted.path("id").asLong(), path);
        assertEquals(1, all.path("count").asInt(), path);
        api.get(path + "/" + id).error(404);
    }

    @Test
    void files() {
        long wf = api.workflow("files", "alice");
        roundTrip(
                "files",
                wf,
                "{'workflow_id': %d, 'name': 'in', 'path': 'data/in.csv'}",
                "{'path': 'data/other.csv', 'st_mtime': 1700000000.5}",
                "path");
    }

    @Test
    void userData() {
        long wf = api.workflow("user data", "alice");
        roundTrip(
                "user_data",
                wf,
                "{'workflow_id': %d, 'name': 'params', 'data': {'alpha': 1, 'names': ['x']}}",
                "{'data': {'alpha': 2}}",
                "data");
    }

    @Test
    void resourceRequirements() {
        long wf = api.workflow("requirements", "alice");
        JsonNode defaults =
                api.get("resource_requirements?workflow_id=" + wf + "&name=default").ok();
        api.delete("resource_requirements?workflow_id=" + wf).ok();
        roundTrip(
                "resource_requirements",
                wf,
                "{'workflow_id': %d, 'name': 'big', 'num_cpus': 8, 'memory': '16g',"
                        + " 'runtime': 'P0DT2H'}",
                "{'num_cpus': 16}",
                "num_cpus");

        JsonNode first = defaults.path("items").get(0);
        assertEquals(1, defaults.path("total_count").asInt());
        assertEquals(1, first.path("num_cpus").asInt());
        assertEquals("1m", first.path("memory").asText());
        assertEquals("P0DT1M", first.path("runtime").asText());
    }

    @Test
    void events() {
        long wf = api.workflow("events", "alice");
        api.delete("events?workflow_id=" + wf).ok();
        roundTrip(
                "events",
                wf,
                "{'workflow_id': %d, 'timestamp': 1000, 'data': {'category': 'note', 'n': 1}}",
                "{'data': {'category': 'note', 'n': 2}}",
                "data");
    }

    @Test
    void computeNodes() {
        long wf = api.workflow("nodes", "alice");
        roundTrip(
                "compute_nodes",
                wf,
                "{'workflow_id': %d, 'hostname': 'node1', 'pid': 42, 'start_time': 'now',"
                        + " 'num_cpus': 8, 'memory_gb': 32.0, 'num_gpus': 0, 'num_nodes': 1,"
                        + " 'compute_node_type': 'local', 'is_active': true}",
                "{'is_active': false, 'duration_seconds': 12.5}",
                "is_active");
    }

    @Test
    void localSchedulers() {
        long wf = api.workflow("local", "alice");
        roundTrip(
                "local_schedulers",
                wf,
                "{'workflow_id': %d, 'memory': '8g', 'num_cpus': 4}",
                "{'num_cpus': 8}",
                "num_cpus");
    }

    @Test
    void slurmSchedulers() {
        long wf = api.workflow("slurm", "alice");
        roundTrip(
                "slurm_schedulers",
                wf,
                "{'workflow_id': %d, 'name': 'short', 'account': 'proj', 'nodes': 1,"
                        + " 'walltime': '04:00:00', 'partition': 'debug'}",
                "{'walltime': '01:00:00'}",
                "walltime");
    }

    @Test
    void scheduledComputeNodes() {
        long wf = api.workflow("scheduled", "alice");
        roundTrip(
                "scheduled_compute_nodes",
                wf,
                "{'workflow_id': %d, 'scheduler_id': 7, 'scheduler_config_id': 1,"
                        + " 'scheduler_type': 'slurm', 'status': 'pending'}",
                "{'status': 'active'}",
                "status");
    }

    @Test
    void results() {
        long wf = api.workflow("results", "alice");
        long job = api.job(wf, "a", "");
        JsonNode posted = api.post("results", Api.result(wf, job, 0, "completed")).ok();

        JsonNode current = api.get("results?workflow_id=" + wf).ok();
        JsonNode history = api.get("results?workflow_id=" + wf + "&all_runs=true").ok();
        JsonNode updated =
                api.put("results/" + posted.path("id").asLong(), "{'return_code': 3}").ok();

        assertEquals(0, current.path("total_count").asInt());
        assertEquals(1, history.path("total_count").asInt());
        assertEquals(3, updated.path("return_code").asInt());
        assertEquals(posted.path("id"), api.delete("results/" + posted.path("id")).ok().path("id"));
    }

    @Test
    void failureHandlers() {
        long wf = api.workflow("handlers", "alice");
        JsonNode handler =
                api.post(
                                "failure_handlers",
                                "{'workflow_id': %d, 'name': 'retry', 'rules':".formatted(wf)
                                        + " '[{\\'match_all_exit_codes\\': true}]'}")
                        .ok();
        long id = handler.path("id").asLong();

        JsonNode listed = api.get("workflows/" + wf + "/failure_handlers").ok();

        assertEquals(1, listed.path("total_count").asInt());
        assertEquals("retry", api.get("failure_handlers/" + id).ok().path("name").asText());
        assertEquals(id, api.delete("failure_handlers/" + id).ok().path("id").asLong());
        api.get("failure_handlers/" + id).error(404);
    }

    @Test
    void workflowsAndTheirStatus() {
        long wf = api.workflow("crud", "carol");
        api.workflow("other", "dave");

        JsonNode updated = api.put("workflows/" + wf, "{'description': 'changed'}").ok();
        JsonNode byUser = api.get("workflows?user=carol&limit=100").ok();
        JsonNode status =
                api.put("workflows/" + wf + "/status", "{'is_canceled': false, 'run_id': 3}").ok();
        JsonNode ids = api.get("workflows/" + wf + "/job_ids").ok();

        assertEquals("changed", updated.path("description").asText());
        assertEquals("carol", updated.path("user").asText());
        assertTrue(byUser.path("total_count").asInt() >= 1);
        byUser.path("items").forEach(item -> assertEquals("carol", item.path("user").asText()));
        assertEquals(3, status.path("run_id").asInt());
        assertEquals(3, api.get("workflows/" + wf + "/status").ok().path("run_id").asInt());
        assertEquals(0, ids.path("count").asInt());
        assertTrue(
                api.get("workflows/" + wf + "/is_uninitialized")
                        .ok()
                        .path("is_uninitialized")
                        .asBoolean());
        assertEquals(wf, api.delete("workflows/" + wf).ok().path("id").asLong());
        api.get("workflows/" + wf).error(404);
    }

    @Test
    void jobsAndBulkJobs() {
        long wf = api.workflow("jobs", "alice");
        long a = api.job(wf, "a", "");
        JsonNode bulk =
                api.post(
                                "bulk_jobs",
                                "{'jobs': [{'workflow_id': %d, 'name': 'b', 'command': 'true',"
                                                .formatted(wf)
                                        + " 'depends_on_job_ids': [%d]},".formatted(a)
                                        + " {'workflow_id': %d, 'name': 'c', 'command': 'true'}]}"
                                                .formatted(wf))
                        .ok();
        long b = bulk.path("jobs").get(0).path("id").asLong();

        JsonNode updated = api.put("jobs/" + b, "{'command': 'echo changed'}").ok();
        JsonNode downstream = api.get("jobs?workflow_id=" + wf + "&upstream_job_id=" + a).ok();
        JsonNode withLinks =
                api.get("jobs?workflow_id=" + wf + "&include_relationships=true&sort_by=name").ok();

        assertEquals(2, bulk.path("jobs").size());
        assertEquals("echo changed", updated.path("command").asText());
        assertEquals(b, downstream.path("items").get(0).path("id").asLong());
        assertEquals("b", withLinks.path("items").get(1).path("name").asText());
        assertEquals(a, withLinks.path("items").get(1).path("depends_on_job_ids").get(0).asLong());
        assertEquals(b, api.delete("jobs/" + b).ok().path("id").asLong());
        assertEquals(2, api.delete("jobs?workflow_id=" + wf).ok().path("count").asInt());
    }
}
