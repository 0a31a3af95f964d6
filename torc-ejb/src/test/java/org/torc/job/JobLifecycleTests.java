package org.torc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.torc.compute.ComputeNode;
import org.torc.file.FileRecord;
import org.torc.problem.ServiceException;
import org.torc.records.PageRequest;
import org.torc.result.ResultService;
import org.torc.testing.Json;
import org.torc.testing.ScratchDatabase;
import org.torc.testing.Services;
import org.torc.userdata.UserData;
import org.torc.workflow.CompletionState;

/**
 * The job life cycle against a real database: initialize, claim, start, complete with its
 * consequences downstream, retry, cancel. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JobLifecycleTests extends LifecycleTestBase {

    private ScratchDatabase scratch;
    private Services services;

    abstract ScratchDatabase open();

    @BeforeAll
    void openDatabase() {
        scratch = open();
        services = Services.over(scratch.database());
    }

    @AfterAll
    void closeDatabase() {
        if (scratch != null) {
            scratch.close();
        }
    }

    @Override
    Services services() {
        return services;
    }

    @Test
    void newJobsAreUninitializedWithTheDefaultRequirements() {
        long wf = workflow();
        Job job = job(wf, "a");

        assertEquals(JobStatus.UNINITIALIZED, job.status());
        assertEquals(1, job.attemptId());
        assertTrue(job.cancelOnBlockingJobFailure());
        assertEquals("default", services.resources().get(job.resourceRequirementsId()).name());
    }

    @Test
    void initializeMakesRootsReadyAndDependentsBlocked() {
        long wf = workflow();
        Job a = job(wf, "a");
        Job b = jobAfter(wf, "b", a);

        JobInitialization.Summary summary = services.initialization().initialize(wf, false, true);

        assertEquals(JobStatus.READY, status(a));
        assertEquals(JobStatus.BLOCKED, status(b));
        assertEquals(1, summary.ready());
        assertEquals(1, summary.blocked());
    }

    @Test
    void initializeAddsTheDependenciesThatFilesAndUserDataImply() {
        long wf = workflow();
        FileRecord f = file(wf, "f");
        UserData u =
                services.userData()
                        .create(
                                Json.read(
                                        "{'workflow_id': " + wf + ", 'name': 'u'}", UserData.class),
                                null,
                                null);
        Job writer = job(wf, "writer", "'output_file_ids': [" + f.id() + "]");
        Job reader = job(wf, "reader", "'input_file_ids': [" + f.id() + "]");
        Job producer = job(wf, "producer", "'output_user_data_ids': [" + u.id() + "]");
        Job consumer = job(wf, "consumer", "'input_user_data_ids': [" + u.id() + "]");

        services.initialization().initialize(wf, false, true);

        assertEquals(List.of(writer.id()), services.jobs().get(reader.id()).dependsOnJobIds());
        assertEquals(List.of(producer.id()), services.jobs().get(consumer.id()).dependsOnJobIds());
        assertEquals(JobStatus.BLOCKED, status(reader));
        assertEquals(JobStatus.BLOCKED, status(consumer));
        assertEquals(JobStatus.READY, status(writer));
        assertEquals(2, services.relations().dependencies(wf, PageRequest.first(10)).count());
    }

    @Test
    void aDependencyCycleIsRefusedAndChangesNothing() {
        long wf = workflow();
        FileRecord f = file(wf, "f");
        FileRecord g = file(wf, "g");
        Job a =
                job(
                        wf,
                        "a",
                        "'input_file_ids': [" + f.id() + "], 'output_file_ids': [" + g.id() + "]");
        job(wf, "b", "'input_file_ids': [" + g.id() + "], 'output_file_ids': [" + f.id() + "]");

        ServiceException e =
                assertThrows(
                        ServiceException.class,
                        () -> services.initialization().initialize(wf, false, true));

        assertEquals(ServiceException.Kind.INVALID, e.kind());
        assertEquals(JobStatus.UNINITIALIZED, status(a));
        assertEquals(0, services.relations().dependencies(wf, PageRequest.first(10)).count());
    }

    @Test
    void completingTheLastUpstreamJobReadiesTheDependentAtOnce() {
        long wf = workflow();
        Job a = job(wf, "a");
        Job b = job(wf, "b");
        Job c = jobAfter(wf, "c", a, b);
        services.initialization().initialize(wf, false, true);
        claimAndStart(wf);

        finish(a, JobStatus.COMPLETED, 0);
        assertEquals(JobStatus.BLOCKED, status(c));
        finish(b, JobStatus.COMPLETED, 0);

        assertEquals(JobStatus.READY, status(c));
        assertEquals(List.of(c.id()), ids(services.claims().claimNext(wf, 10)));
    }

    @Test
    void aFailureCancelsDependentsTransitivelyWhenTheyAskForIt() {
        long wf = workflow();
        Job a = job(wf, "a");
        Job b = jobAfter(wf, "b", a);
        Job c = jobAfter(wf, "c", b);
        Job tolerant =
                job(
                        wf,
                        "tolerant",
                        "'depends_on_job_ids': ["
                                + a.id()
                                + "],"
                                + " 'cancel_on_blocking_job_failure': false");
        services.initialization().initialize(wf, false, true);
        claimAndStart(wf);

        Job failed = finish(a, JobStatus.FAILED, 3);

        assertEquals(JobStatus.FAILED, failed.status());
        assertEquals(JobStatus.CANCELED, status(b));
        assertEquals(JobStatus.CANCELED, status(c));
        assertEquals(JobStatus.READY, status(tolerant));
    }

    @Test
    void retryReturnsTheJobToReadyWithTheNextAttemptAndDependentsWaitAgain() {
        long wf = workflow();
        Job a = job(wf, "a");
        Job b = jobAfter(wf, "b", a);
        services.initialization().initialize(wf, false, true);
        claimAndStart(wf);
        finish(a, JobStatus.FAILED, 1);

        Job retried = services.transitions().retry(a.id(), 0);

        assertEquals(JobStatus.READY, retried.status());
        assertEquals(2, retried.attemptId());
        assertEquals(JobStatus.BLOCKED, status(b));
        claimAndStart(wf);
        finish(a, JobStatus.COMPLETED, 0);
        assertEquals(JobStatus.READY, status(b));
        assertEquals(2, services.results().list(wf, allRunsOf(a), PageRequest.first(10)).count());
        assertEquals(1, services.results().list(wf, currentOf(a), PageRequest.first(10)).count());
    }

    private static ResultService.Filter allRunsOf(Job job) {
        return new ResultService.Filter(job.id(), null, null, null, null, true);
    }

    private static ResultService.Filter currentOf(Job job) {
        return new ResultService.Filter(job.id(), null, null, null, null, false);
    }

    @Test
    void retryStopsWhenTheFailureHandlerHasNoRetriesLeft() {
        long wf = workflow();
        long handler =
                services.failureHandlers()
                        .create(
                                Json.read(
                                        "{'workflow_id': "
                                                + wf
                                                + ", 'name': 'once', 'rules':"
                                                + " '[{\\\"exit_codes\\\": [7],"
                                                + " \\\"max_retries\\\": 1}]'}",
                                        org.torc.failure.FailureHandler.class))
                        .id();
        Job a = job(wf, "a", "'failure_handler_id': " + handler);
        services.initialization().initialize(wf, false, true);
        claimAndStart(wf);
        finish(a, JobStatus.FAILED, 7);
        services.transitions().retry(a.id(), 0);
        claimAndStart(wf);
        finish(a, JobStatus.FAILED, 7);

        ServiceException e =
                assertThrows(ServiceException.class, () -> services.transitions().retry(a.id(), 0));

        assertEquals(ServiceException.Kind.INVALID, e.kind());
        assertEquals(JobStatus.FAILED, status(a));
    }

    @Test
    void onlyFailedJobsCanBeRetried() {
        long wf = workflow();
        Job a = job(wf, "a");

        ServiceException e =
                assertThrows(ServiceException.class, () -> services.transitions().retry(a.id(), 0));

        assertEquals(ServiceException.Kind.INVALID, e.kind());
    }

    @Test
    void startNeedsAPendingJobAndTheCurrentRun() {
        long wf = workflow();
        Job a = job(wf, "a");
        services.initialization().initialize(wf, false, true);

        ServiceException notClaimed =
                assertThrows(
                        ServiceException.class, () -> services.transitions().start(a.id(), 0, 1));
        services.claims().claimNext(wf, 1);
        ServiceException stale =
                assertThrows(
                        ServiceException.class, () -> services.transitions().start(a.id(), 5, 1));

        assertEquals(ServiceException.Kind.CONFLICT, notClaimed.kind());
        assertEquals(ServiceException.Kind.CONFLICT, stale.kind());
        assertTrue(stale.getMessage().contains("stale"), stale.getMessage());
        assertEquals(JobStatus.RUNNING, services.transitions().start(a.id(), 0, 1).status());
    }

    @Test
    void completingTwiceIsAConflictAndStoresOneResult() {
        long wf = workflow();
        Job a = job(wf, "a");
        services.initialization().initialize(wf, false, true);
        claimAndStart(wf);
        finish(a, JobStatus.COMPLETED, 0);

        ServiceException e =
                assertThrows(ServiceException.class, () -> finish(a, JobStatus.COMPLETED, 0));

        assertEquals(ServiceException.Kind.CONFLICT, e.kind());
        assertEquals(1, services.results().list(wf, allRunsOf(a), PageRequest.first(10)).count());
    }

    @Test
    void completeRefusesAStatusThatIsNoCompletion() {
        long wf = workflow();
        Job a = job(wf, "a");

        ServiceException e =
                assertThrows(ServiceException.class, () -> finish(a, JobStatus.READY, 0));

        assertEquals(ServiceException.Kind.INVALID, e.kind());
    }

    @Test
    void cancelStopsClaimsAndCancelsClaimedAndRunningJobs() {
        long wf = workflow();
        Job running = job(wf, "running");
        Job pending = job(wf, "pending");
        Job waiting = jobAfter(wf, "waiting", running);
        services.initialization().initialize(wf, false, true);
        services.claims().claimNext(wf, 2);
        services.transitions().start(running.id(), 0, 1);

        services.workflows().cancel(wf);

        assertEquals(JobStatus.CANCELED, status(running));
        assertEquals(JobStatus.CANCELED, status(pending));
        assertEquals(JobStatus.BLOCKED, status(waiting));
        assertTrue(services.claims().claimNext(wf, 10).isEmpty());
        assertTrue(services.workflows().isComplete(wf).isCanceled());
    }

    @Test
    void aWorkflowIsCompleteWhenEveryJobIsDone() {
        long wf = workflow();
        Job a = job(wf, "a");
        Job b = jobAfter(wf, "b", a);
        services.initialization().initialize(wf, false, true);
        assertTrue(services.workflows().isUninitialized(workflow()));
        assertFalse(services.workflows().isUninitialized(wf));

        claimAndStart(wf);
        finish(a, JobStatus.COMPLETED, 0);
        CompletionState halfway = services.workflows().isComplete(wf);
        claimAndStart(wf);
        finish(b, JobStatus.COMPLETED, 0);

        assertFalse(halfway.isComplete());
        assertTrue(services.workflows().isComplete(wf).isComplete());
    }

    @Test
    void resetFailedOnlyReturnsFailuresAndTheirDownstreamToTheStart() {
        long wf = workflow();
        Job good = job(wf, "good");
        Job bad = job(wf, "bad");
        Job after = jobAfter(wf, "after", bad);
        services.initialization().initialize(wf, false, true);
        claimAndStart(wf);
        finish(good, JobStatus.COMPLETED, 0);
        finish(bad, JobStatus.FAILED, 2);

        JobInitialization.ResetSummary reset = services.initialization().resetJobStatus(wf, true);
        services.initialization().initialize(wf, true, true);

        assertEquals(2, reset.updatedCount());
        assertEquals("failed_only", reset.resetType());
        assertEquals(JobStatus.COMPLETED, status(good));
        assertEquals(JobStatus.READY, status(bad));
        assertEquals(JobStatus.BLOCKED, status(after));
    }

    @Test
    void aBulkCallWithOneBadJobCreatesNone() {
        long wf = workflow();
        String jobs =
                "[{'workflow_id': %d, 'name': 'ok', 'command': 'true'},"
                        + " {'workflow_id': %d, 'name': 'bad', 'command': 'true',"
                        + " 'depends_on_job_ids': [999999]}]";
        List<Job> batch = List.of(Json.read(jobs.formatted(wf, wf), Job[].class));

        ServiceException e =
                assertThrows(ServiceException.class, () -> services.jobs().createAll(batch));

        assertEquals(ServiceException.Kind.INVALID, e.kind());
        assertTrue(e.getMessage().contains("999999"), e.getMessage());
        assertTrue(services.jobs().ids(wf).isEmpty());
    }

    @Test
    void claimingByResourcesPacksTheOfferInSortOrder() {
        long wf = workflow();
        long gpu = requirements(wf, "gpu", 2, 1, "4g", "PT1H");
        long big = requirements(wf, "big", 4, 0, "8g", "PT2H");
        long small = requirements(wf, "small", 1, 0, "1g", "PT10M");
        Job gpuJob = job(wf, "gpu", "'resource_requirements_id': " + gpu);
        Job bigJob = job(wf, "big", "'resource_requirements_id': " + big);
        job(wf, "small1", "'resource_requirements_id': " + small);
        job(wf, "small2", "'resource_requirements_id': " + small);
        services.initialization().initialize(wf, false, true);
        ComputeResources offer = new ComputeResources(null, 7L, 13.0, 1L, 1L, "03:00:00", null);

        JobClaims.Claim claim = services.claims().claimByResources(wf, 10, offer, null, false);

        List<Long> claimed = ids(claim.jobs());
        assertEquals(3, claimed.size(), claimed.toString());
        assertEquals(gpuJob.id(), claimed.get(0));
        assertEquals(bigJob.id(), claimed.get(1));
        assertTrue(claim.jobs().stream().allMatch(job -> job.status() == JobStatus.PENDING));
        assertEquals(1, services.jobs().list(wf, readyJobs(), PageRequest.first(10)).count());
    }

    private static JobService.Filter readyJobs() {
        return new JobService.Filter(JobStatus.READY, null, null, null, false);
    }

    @Test
    void aClaimNotStartedWithinTheLeaseIsOfferedAgain() throws InterruptedException {
        long wf = workflow();
        Job a = job(wf, "a");
        services.initialization().initialize(wf, false, true);
        JobClaims patient = new JobClaims(scratch.database(), new ClaimLease(Duration.ofHours(1)));
        JobClaims hasty = new JobClaims(scratch.database(), new ClaimLease(Duration.ofMillis(1)));

        assertEquals(List.of(a.id()), ids(patient.claimNext(wf, 10)));
        assertTrue(patient.claimNext(wf, 10).isEmpty(), "within the lease the job stays claimed");
        Thread.sleep(20);

        assertEquals(List.of(a.id()), ids(hasty.claimNext(wf, 10)));
        assertEquals(JobStatus.PENDING, status(a));
        assertTrue(
                services.events().list(wf, "job", null, PageRequest.first(100)).items().stream()
                        .anyMatch(event -> event.data().has("jobs_ready_again")));
    }

    @Test
    void onlyTheComputeNodeThatClaimedAJobMayStartIt() throws InterruptedException {
        long wf = workflow();
        Job a = job(wf, "a");
        services.initialization().initialize(wf, false, true);
        long first = computeNode(wf, "first");
        long second = computeNode(wf, "second");
        JobClaims hasty = new JobClaims(scratch.database(), new ClaimLease(Duration.ofMillis(1)));

        assertEquals(
                List.of(a.id()),
                ids(hasty.claimByResources(wf, 1, offer(first), null, false).jobs()));
        Thread.sleep(20);
        assertEquals(
                List.of(a.id()),
                ids(hasty.claimByResources(wf, 1, offer(second), null, false).jobs()));

        ServiceException late =
                assertThrows(
                        ServiceException.class,
                        () -> services.transitions().start(a.id(), 0, first));
        assertEquals(ServiceException.Kind.CONFLICT, late.kind());
        assertEquals(JobStatus.RUNNING, services.transitions().start(a.id(), 0, second).status());
    }

    private long computeNode(long wf, String hostname) {
        return services.computeNodes()
                .create(
                        Json.read(
                                "{'workflow_id': "
                                        + wf
                                        + ", 'hostname': '"
                                        + hostname
                                        + "', 'pid': 1, 'start_time': '2025-01-01T00:00:00Z',"
                                        + " 'num_cpus': 4, 'memory_gb': 8, 'num_gpus': 0,"
                                        + " 'num_nodes': 1, 'compute_node_type': 'local'}",
                                ComputeNode.class))
                .id();
    }

    private static ComputeResources offer(long computeNodeId) {
        return new ComputeResources(computeNodeId, 4L, 8.0, 0L, 1L, null, null);
    }

    @Test
    void claimingByResourcesSkipsJobsThatDoNotFitAndSaysWhyWhenNothingFits() {
        long wf = workflow();
        long huge = requirements(wf, "huge", 64, 0, "1t", "P1D");
        job(wf, "huge", "'resource_requirements_id': " + huge);
        services.initialization().initialize(wf, false, true);
        ComputeResources offer = new ComputeResources(null, 8L, 16.0, 0L, 1L, null, null);

        JobClaims.Claim claim = services.claims().claimByResources(wf, 10, offer, null, false);

        assertTrue(claim.jobs().isEmpty());
        assertFalse(claim.reason().isEmpty());
    }

    @Test
    void readyRequirementsAddUpTheReadyJobs() {
        long wf = workflow();
        long two = requirements(wf, "two", 2, 1, "2g", "PT30M");
        job(wf, "x", "'resource_requirements_id': " + two);
        job(wf, "y", "'resource_requirements_id': " + two);
        services.initialization().initialize(wf, false, true);

        JobClaims.ReadyRequirements totals = services.claims().readyRequirements(wf, null);

        assertEquals(2, totals.numJobs());
        assertEquals(4, totals.numCpus());
        assertEquals(2, totals.numGpus());
        assertEquals(4.0, totals.memoryGb(), 1e-9);
        assertEquals("P0DT30M", totals.maxRuntime());
    }

    long requirements(long wf, String name, int cpus, int gpus, String memory, String runtime) {
        return services.resources()
                .create(
                        Json.read(
                                "{'workflow_id': %d, 'name': '%s', 'num_cpus': %d,"
                                                .formatted(wf, name, cpus)
                                        + " 'num_gpus': %d, 'memory': '%s', 'runtime': '%s'}"
                                                .formatted(gpus, memory, runtime),
                                org.torc.resource.ResourceRequirements.class))
                .id();
    }

    @Test
    void serverEventsTellWhatHappened() {
        long wf = workflow();
        Job a = job(wf, "a");
        services.initialization().initialize(wf, false, true);
        claimAndStart(wf);
        finish(a, JobStatus.COMPLETED, 0);

        Set<String> messages =
                services.events().list(wf, null, null, PageRequest.first(100)).items().stream()
                        .map(event -> event.data().path("message").asText())
                        .collect(Collectors.toSet());

        assertTrue(messages.contains("Workflow wf created"), messages.toString());
        assertTrue(messages.contains("Workflow initialized"), messages.toString());
        assertTrue(messages.contains("Job a completed with status completed"), messages.toString());
    }

    @Test
    void linksOfAJobChangeOnlyWhileItIsUninitialized() {
        long wf = workflow();
        Job a = job(wf, "a");
        Job b = job(wf, "b");
        Job c = jobAfter(wf, "c", a);
        services.initialization().initialize(wf, false, true);
        Job same = Json.read("{'depends_on_job_ids': [" + a.id() + "], 'name': 'c2'}", Job.class);
        Job other = Json.read("{'depends_on_job_ids': [" + b.id() + "]}", Job.class);

        Job renamed = services.jobs().update(c.id(), same);
        ServiceException e =
                assertThrows(ServiceException.class, () -> services.jobs().update(c.id(), other));

        assertEquals("c2", renamed.name());
        assertEquals(ServiceException.Kind.CONFLICT, e.kind());
        assertEquals(List.of(a.id()), services.jobs().get(c.id()).dependsOnJobIds());
    }

    static List<Long> ids(List<Job> jobs) {
        return jobs.stream().map(Job::id).toList();
    }
}
