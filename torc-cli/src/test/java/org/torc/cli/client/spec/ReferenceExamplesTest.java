package org.torc.cli.client.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.torc.cli.client.spec.Specs.job;
import static org.torc.cli.client.spec.Specs.names;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The original's sample specifications, read from the shared reference directory beside the project
 * when it is there (the build passes {@code torc.sharedReference}); never copied in.
 */
class ReferenceExamplesTest {

    private static Path example(String name) {
        String base = System.getProperty("torc.sharedReference", "../../shared/reference");
        Path file = Path.of(base, "examples", name);
        assumeTrue(Files.isRegularFile(file), "reference example " + file + " is not present");
        return file;
    }

    @Test
    void diamondHasFourJobsLinkedThroughFiles() throws Exception {
        WorkflowPlan plan = WorkflowSpecs.load(example("diamond_workflow.yaml"));

        assertEquals(4, plan.jobs().size());
        assertEquals(6, plan.files().size());
        PlannedJob post = job(plan, "postprocess");
        assertEquals(List.of("f4", "f5"), names(plan.files(), post.inputFiles()));
        assertEquals(List.of("f6"), names(plan.files(), post.outputFiles()));
    }

    @Test
    void hundredJobsExpandWithZeroPaddedNames() throws Exception {
        WorkflowPlan plan = WorkflowSpecs.load(example("hundred_jobs_parameterized.yaml"));

        assertEquals(100, plan.jobs().size());
        assertEquals("job_001", plan.jobs().get(0).name());
        assertEquals("echo hello 100", plan.jobs().get(99).command());
    }

    @Test
    void sampleWorkflowResolvesEveryKindOfRecord() throws Exception {
        WorkflowPlan plan = WorkflowSpecs.load(example("sample_workflow.yaml"));

        assertEquals(3, plan.jobs().size());
        assertEquals(2, plan.schedulers().size());
        assertEquals(
                List.of("download_metadata"),
                names(plan.userData(), job(plan, "data_validation").inputUserData()));
    }

    @Test
    void simpleRetryHasAFailureHandler() throws Exception {
        WorkflowPlan plan = WorkflowSpecs.load(example("simple_retry.yaml"));

        assertEquals(0, job(plan, "flaky_job").failureHandler());
        assertEquals(2, plan.creationBatches(10_000).size());
    }
}
