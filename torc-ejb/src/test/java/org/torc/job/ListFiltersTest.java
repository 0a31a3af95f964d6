package org.torc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.torc.file.FileRecord;
import org.torc.file.FileService;
import org.torc.problem.ServiceException;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.resource.ResourceRequirementsService;
import org.torc.testing.Json;
import org.torc.testing.ScratchDatabase;
import org.torc.testing.Services;
import org.torc.userdata.UserData;
import org.torc.userdata.UserDataService;
import org.torc.workflow.Workflow;
import org.torc.workflow.WorkflowService;

/** The list filters that follow links between jobs and records, paging, and ownership. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListFiltersTest extends LifecycleTestBase {

    private ScratchDatabase scratch;
    private Services services;

    @BeforeAll
    void open() {
        scratch = ScratchDatabase.h2();
        services = Services.over(scratch.database());
    }

    @AfterAll
    void close() {
        scratch.close();
    }

    @Override
    Services services() {
        return services;
    }

    @Test
    void jobsFilteredByUpstreamJobAndByNeededFile() {
        long wf = workflow();
        FileRecord input = file(wf, "input");
        Job a = job(wf, "a", "'input_file_ids': [" + input.id() + "]");
        Job b = jobAfter(wf, "b", a);

        assertEquals(
                List.of(b.id()),
                ids(jobs(wf, new JobService.Filter(null, null, a.id(), null, false))));
        assertEquals(
                List.of(a.id()),
                ids(jobs(wf, new JobService.Filter(null, input.id(), null, null, false))));
    }

    private Page<Job> jobs(long wf, JobService.Filter filter) {
        return services.jobs().list(wf, filter, PageRequest.first(100));
    }

    private static List<Long> ids(Page<Job> page) {
        return page.items().stream().map(Job::id).toList();
    }

    @Test
    void filesFilteredByProducerAndByBeingAnOutput() {
        long wf = workflow();
        FileRecord in = file(wf, "in");
        FileRecord out = file(wf, "out");
        Job writer =
                job(
                        wf,
                        "writer",
                        "'input_file_ids': [%d], 'output_file_ids': [%d]"
                                .formatted(in.id(), out.id()));

        List<Long> produced = fileIds(wf, new FileService.Filter(writer.id(), null, null, null));
        List<Long> outputs = fileIds(wf, new FileService.Filter(null, null, null, true));
        List<Long> inputsOnly = fileIds(wf, new FileService.Filter(null, null, null, false));

        assertEquals(List.of(out.id()), produced);
        assertEquals(List.of(out.id()), outputs);
        assertEquals(List.of(in.id()), inputsOnly);
        assertEquals(List.of(in.id()), services.files().requiredExistingFiles(wf));
    }

    private List<Long> fileIds(long wf, FileService.Filter filter) {
        return services.files().list(wf, filter, PageRequest.first(100)).items().stream()
                .map(FileRecord::id)
                .toList();
    }

    @Test
    void userDataFilteredByConsumerAndProducer() {
        long wf = workflow();
        Job consumer = job(wf, "consumer");
        Job producer = job(wf, "producer");
        UserData made =
                services.userData().create(userData(wf, "made"), consumer.id(), producer.id());
        services.userData().create(userData(wf, "other"), null, null);

        List<UserData> consumed =
                services.userData()
                        .list(
                                wf,
                                new UserDataService.Filter(consumer.id(), null, null, null),
                                PageRequest.first(10))
                        .items();
        List<UserData> producedBy =
                services.userData()
                        .list(
                                wf,
                                new UserDataService.Filter(null, producer.id(), null, null),
                                PageRequest.first(10))
                        .items();

        assertEquals(List.of(made.id()), consumed.stream().map(UserData::id).toList());
        assertEquals(List.of(made.id()), producedBy.stream().map(UserData::id).toList());
        assertEquals(List.of(), services.userData().missingUserData(wf));
    }

    private static UserData userData(long wf, String name) {
        return Json.read("{'workflow_id': %d, 'name': '%s'}".formatted(wf, name), UserData.class);
    }

    @Test
    void resourceRequirementsOfOneJob() {
        long wf = workflow();
        Job a = job(wf, "a");

        var found =
                services.resources()
                        .list(
                                wf,
                                new ResourceRequirementsService.Filter(
                                        a.id(), null, null, null, null, null, null),
                                PageRequest.first(10));

        assertEquals(
                List.of(a.resourceRequirementsId()),
                found.items().stream().map(r -> r.id()).toList());
    }

    @Test
    void pagesCarryTheContractsEnvelope() {
        long wf = workflow();
        for (int i = 0; i < 5; i++) {
            job(wf, "j" + i);
        }

        Page<Job> page =
                services.jobs()
                        .list(
                                wf,
                                new JobService.Filter(null, null, null, null, false),
                                new PageRequest(2, 2, "name", true));

        assertEquals(2, page.count());
        assertEquals(5, page.totalCount());
        assertEquals(true, page.hasMore());
        assertEquals(10_000, page.maxLimit());
        assertEquals(List.of("j2", "j1"), page.items().stream().map(Job::name).toList());
    }

    @Test
    void aLimitAboveTheMaximumIsRefused() {
        ServiceException e =
                assertThrows(ServiceException.class, () -> PageRequest.of(0L, 10_001L, null, null));

        assertEquals(ServiceException.Kind.BAD_REQUEST, e.kind());
    }

    @Test
    void theAuthenticatedUserOwnsTheWorkflowAndListsFilterByOwner() {
        WorkflowService workflows = services.workflows();
        Workflow mine = workflows.create(new Workflow("mine", "mallory"), "erin");
        workflows.create(new Workflow("anonymous", "frank"), null);

        List<String> owners =
                workflows
                        .list(
                                new WorkflowService.Filter(null, "erin", null, null),
                                PageRequest.first(100))
                        .items()
                        .stream()
                        .map(Workflow::user)
                        .toList();

        assertEquals("erin", mine.user());
        assertEquals(
                "frank",
                workflows
                        .list(
                                new WorkflowService.Filter("anonymous", null, null, null),
                                PageRequest.first(1))
                        .items()
                        .get(0)
                        .user());
        assertEquals(List.of("erin"), owners);
    }
}
