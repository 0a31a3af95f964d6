package org.torc.cli.client.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torc.cli.client.spec.Specs.job;
import static org.torc.cli.client.spec.Specs.jobNames;
import static org.torc.cli.client.spec.Specs.jobs;
import static org.torc.cli.client.spec.Specs.names;
import static org.torc.cli.client.spec.Specs.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowSpecsTest {

    @Test
    void fileVariablesAreReplacedByPathsAndImplyInputsAndOutputs() throws Exception {
        WorkflowPlan plan =
                yaml(
                        "name: diamond",
                        "user: someone",
                        "jobs:",
                        "  - name: split",
                        "    command: split -i ${files.input.raw} -o ${files.output.left}",
                        "  - name: use",
                        "    command: use ${files.input.left}",
                        "files:",
                        "  - {name: raw, path: data/raw.txt}",
                        "  - {name: left, path: data/left.txt}");

        PlannedJob split = job(plan, "split");
        assertEquals("split -i data/raw.txt -o data/left.txt", split.command());
        assertEquals(List.of("raw"), names(plan.files(), split.inputFiles()));
        assertEquals(List.of("left"), names(plan.files(), split.outputFiles()));
        assertEquals(List.of("left"), names(plan.files(), job(plan, "use").inputFiles()));
        assertEquals("someone", plan.workflow().get("user").asText());
    }

    @Test
    void userDataVariablesAreReplacedByTheirJson() throws Exception {
        WorkflowPlan plan =
                yaml(
                        "name: w",
                        "user_data:",
                        "  - name: config",
                        "    data: {rate: 0.5, tags: [a]}",
                        "jobs:",
                        "  - name: run",
                        "    command: run '${user_data.input.config}'");

        PlannedJob run = job(plan, "run");
        assertEquals("run '{\"rate\":0.5,\"tags\":[\"a\"]}'", run.command());
        assertEquals(List.of("config"), names(plan.userData(), run.inputUserData()));
    }

    @Test
    void dependsOnRegexesMatchOtherJobsAfterExpansion() throws Exception {
        WorkflowPlan plan =
                yaml(
                        "name: w",
                        "jobs:",
                        "  - name: merge_all",
                        "    command: merge",
                        "    depends_on_regexes: ['^work_']",
                        "  - name: work_{i}",
                        "    command: work",
                        "    parameters: {i: '1:3'}");

        assertEquals(
                List.of("work_1", "work_2", "work_3"),
                jobs(plan, job(plan, "merge_all").dependsOn()));
    }

    @Test
    void jobsAreCreatedAfterTheJobsTheyDependOn() throws Exception {
        WorkflowPlan plan =
                yaml(
                        "name: w",
                        "jobs:",
                        "  - {name: c, command: c, depends_on: [b]}",
                        "  - {name: b, command: b, depends_on: [a]}",
                        "  - {name: a, command: a}",
                        "  - {name: d, command: d}");

        List<int[]> batches = plan.creationBatches(10_000);

        assertEquals(3, batches.size());
        assertEquals(List.of("a", "d"), jobs(plan, batches.get(0)));
        assertEquals(List.of("b"), jobs(plan, batches.get(1)));
        assertEquals(List.of("c"), jobs(plan, batches.get(2)));
    }

    @Test
    void batchesNeverExceedTheLimit() throws Exception {
        WorkflowPlan plan =
                yaml("name: w", "jobs:", "  - {name: 'j{i}', command: x, parameters: {i: '1:25'}}");

        List<int[]> batches = plan.creationBatches(10);

        assertEquals(List.of(10, 10, 5), batches.stream().map(b -> b.length).toList());
    }

    @Test
    void recordsBecomeRequestBodies() throws Exception {
        WorkflowPlan plan =
                yaml(
                        "name: w",
                        "jobs:",
                        "  - name: flaky",
                        "    command: flaky",
                        "    resource_requirements: small",
                        "    failure_handler: retry",
                        "    scheduler: default",
                        "resource_requirements:",
                        "  - {name: small, num_cpus: 2, memory: 1g, runtime: PT5M}",
                        "failure_handlers:",
                        "  - name: retry",
                        "    rules:",
                        "      - {match_all_exit_codes: true, max_retries: 2}",
                        "slurm_schedulers:",
                        "  - {name: default, account: acct, walltime: '01:00:00'}");

        PlannedJob flaky = job(plan, "flaky");
        assertEquals(0, flaky.resourceRequirements());
        assertEquals(0, flaky.failureHandler());
        assertEquals(0, flaky.scheduler());
        assertEquals(2, plan.resourceRequirements().get(0).body().get("num_cpus").asInt());
        JsonNode rules =
                new ObjectMapper()
                        .readTree(plan.failureHandlers().get(0).body().get("rules").asText());
        assertEquals(2, rules.get(0).get("max_retries").asInt());
        assertTrue(rules.get(0).get("match_all_exit_codes").asBoolean());
        assertEquals("slurm_schedulers", plan.schedulers().get(0).collection());
    }

    @Test
    void readsJson5() throws Exception {
        String text =
                String.join(
                        "\n",
                        "// a comment",
                        "{",
                        "  name: 'w',",
                        "  jobs: [",
                        "    {name: 'a', command: 'echo a',},",
                        "    {name: 'b', command: 'echo b', depends_on: ['a']},",
                        "  ],",
                        "}");

        WorkflowPlan plan = WorkflowSpecs.parse(Path.of("spec.json5"), text);

        assertEquals(List.of("a", "b"), jobNames(plan));
    }

    @Test
    void jsonErrorsNameTheLine() {
        SpecException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        SpecException.class,
                        () ->
                                WorkflowSpecs.parse(
                                        Path.of("spec.json"),
                                        "{\n"
                                                + "  \"name\": \"w\",\n"
                                                + "  \"jobs\": [\n"
                                                + "    {\"name\" \"a\"}\n"
                                                + "]}"));

        assertEquals(4, e.line());
    }
}
