package org.torc.web.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.torc.web.testing.RunningServer;

/** Bad input gets the contract's error body with a 4xx that says what is wrong; never a 500. */
class BadInputIT {

    private static Api api;

    @BeforeAll
    static void server() {
        api = new Api(RunningServer.shared());
    }

    @Test
    void unknownRecordsAreJsonNotFound() {
        assertTrue(api.get("workflows/987654").error(404).contains("workflow 987654"));
        assertTrue(api.get("jobs/987654").error(404).contains("job 987654"));
        api.get("files/987654").error(404);
        api.get("results/987654").error(404);
        api.put("jobs/987654/start_job/0/1", "{}").error(404);
        api.post("workflows/987654/claim_next_jobs", "{}").error(404);
        api.get("jobs?workflow_id=987654").error(404);
    }

    @Test
    void malformedJsonIsABadRequest() {
        String message = api.raw("POST", "workflows", "{\"name\": ").error(400);

        assertTrue(message.startsWith("malformed JSON"), message);
    }

    @Test
    void aFieldOfTheWrongTypeIsABadRequestNamingTheField() {
        String number =
                api.post("workflows", "{'name': 'x', 'user': 'u', 'use_pending_failed': 3}")
                        .error(400);
        String text = api.post("workflows", "{'name': 7, 'user': 'u'}").error(400);
        String list =
                api.post(
                                "jobs",
                                "{'workflow_id': 1, 'name': 'n', 'command': 'c',"
                                        + " 'depends_on_job_ids': ['one']}")
                        .error(400);

        assertTrue(number.contains("'use_pending_failed'"), number);
        assertTrue(text.contains("'name'"), text);
        assertTrue(list.contains("depends_on_job_ids"), list);
    }

    @Test
    void aMissingRequiredFieldIsABadRequestNamingIt() {
        long wf = api.workflow("fields", "alice");

        String message =
                api.post("jobs", "{'workflow_id': %d, 'name': 'x'}".formatted(wf)).error(400);

        assertTrue(message.contains("'command'"), message);
    }

    @Test
    void badQueryAndPathParametersAreBadRequests() {
        assertTrue(api.get("workflows?limit=10001").error(400).contains("10000"));
        assertTrue(api.get("workflows?limit=ten").error(400).contains("'limit'"));
        assertTrue(api.get("workflows?offset=-1").error(400).contains("offset"));
        assertTrue(api.get("workflows?sort_by=colour").error(400).contains("colour"));
        assertTrue(api.get("workflows/abc").error(400).contains("'id'"));
        assertTrue(api.get("jobs").error(400).contains("workflow_id"));
        assertTrue(api.put("jobs/1/manage_status_change/done/0", "{}").error(400).contains("done"));
    }

    @Test
    void impossibleTransitionsAreConflictsOrUnprocessable() {
        long wf = api.workflow("transitions", "alice");
        long a = api.job(wf, "a", "");
        api.post("workflows/" + wf + "/initialize_jobs", "{}").ok();

        String notClaimed = api.put("jobs/" + a + "/start_job/0/1", "{}").error(409);
        api.post("workflows/" + wf + "/claim_next_jobs", "{}").ok();
        String stale = api.put("jobs/" + a + "/start_job/4/1", "{}").error(409);
        api.put("jobs/" + a + "/start_job/0/1", "{}").ok();
        api.post("jobs/" + a + "/complete_job/completed/0", Api.result(wf, a, 0, "completed")).ok();
        String twice =
                api.post(
                                "jobs/" + a + "/complete_job/completed/0",
                                Api.result(wf, a, 0, "completed"))
                        .error(409);
        String notACompletion =
                api.post("jobs/" + a + "/complete_job/ready/0", Api.result(wf, a, 0, "ready"))
                        .error(422);
        String notFailed = api.post("jobs/" + a + "/retry/0", "{}").error(422);

        assertTrue(notClaimed.contains("pending"), notClaimed);
        assertTrue(stale.contains("stale"), stale);
        assertTrue(twice.contains("completed"), twice);
        assertTrue(notACompletion.contains("ready"), notACompletion);
        assertTrue(notFailed.contains("failed"), notFailed);
    }

    @Test
    void aBulkCallWithOneBadJobCreatesNone() {
        long wf = api.workflow("bulk", "alice");

        String message =
                api.post(
                                "bulk_jobs",
                                "{'jobs': [{'workflow_id': %d, 'name': 'ok', 'command': 'true'},"
                                                .formatted(wf)
                                        + " {'workflow_id': %d, 'name': 'bad', 'command': 'true',"
                                                .formatted(wf)
                                        + " 'input_file_ids': [424242]}]}")
                        .error(422);

        assertTrue(message.contains("424242"), message);
        assertEquals(0, api.get("workflows/" + wf + "/job_ids").ok().path("count").asInt());
    }

    @Test
    void aDependencyCycleIsRefused() {
        long wf = api.workflow("cycle", "alice");
        long a = api.job(wf, "a", "");
        long b = api.job(wf, "b", "'depends_on_job_ids': [%d]".formatted(a));
        api.put("jobs/" + a, "{'depends_on_job_ids': [%d]}".formatted(b)).ok();

        String message = api.post("workflows/" + wf + "/initialize_jobs", "{}").error(422);

        assertTrue(message.contains("cycle"), message);
        assertEquals("uninitialized", api.status(a));
    }
}
