package org.torc.cli.client.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torc.cli.client.spec.Specs.commands;
import static org.torc.cli.client.spec.Specs.jobNames;
import static org.torc.cli.client.spec.Specs.yaml;
import static org.torc.cli.client.spec.Specs.yamlError;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterExpansionTest {

    @Test
    void integerRangeWithFormatGivesOneJobPerValue() throws Exception {
        WorkflowPlan plan =
                yaml(
                        "name: w",
                        "jobs:",
                        "  - name: job_{i:03d}",
                        "    command: echo {i}",
                        "    parameters:",
                        "      i: '1:10:3'");

        assertEquals(List.of("job_001", "job_004", "job_007", "job_010"), jobNames(plan));
        assertEquals(List.of("echo 1", "echo 4", "echo 7", "echo 10"), commands(plan));
    }

    @Test
    void decimalRangeFormatsWithPrecision() throws Exception {
        WorkflowPlan plan =
                yaml(
                        "name: w",
                        "jobs:",
                        "  - name: train_{lr:.2f}",
                        "    command: train --lr {lr}",
                        "    parameters:",
                        "      lr: '0.0:0.3:0.1'");

        assertEquals(
                List.of("train_0.00", "train_0.10", "train_0.20", "train_0.30"), jobNames(plan));
        assertEquals("train --lr 0.1", plan.jobs().get(1).command());
    }

    @Test
    void productModeVariesTheFirstParameterSlowest() throws Exception {
        WorkflowPlan plan =
                yaml(
                        "name: w",
                        "jobs:",
                        "  - name: run_{size}_{mode}",
                        "    command: run",
                        "    parameters:",
                        "      size: [1, 2]",
                        "      mode: \"['a', 'b']\"");

        assertEquals(List.of("run_1_a", "run_1_b", "run_2_a", "run_2_b"), jobNames(plan));
    }

    @Test
    void zipModePairsValuesByPosition() throws Exception {
        WorkflowPlan plan =
                yaml(
                        "name: w",
                        "jobs:",
                        "  - name: fit_{data}_{model}",
                        "    command: fit",
                        "    parameter_mode: zip",
                        "    parameters:",
                        "      data: [train, val]",
                        "      model: [small, large]");

        assertEquals(List.of("fit_train_small", "fit_val_large"), jobNames(plan));
    }

    @Test
    void zipModeRefusesParametersOfDifferentLengths() {
        SpecException e =
                yamlError(
                        "name: w",
                        "jobs:",
                        "  - name: fit_{a}_{b}",
                        "    command: fit",
                        "    parameter_mode: zip",
                        "    parameters:",
                        "      a: '1:3'",
                        "      b: '1:2'");

        assertEquals(6, e.line());
        assertTrue(e.problem().contains("'a' has 3 values and 'b' has 2"), e.getMessage());
    }

    @Test
    void workflowParametersApplyToJobsAndFilesThatUseThem() throws Exception {
        WorkflowPlan plan =
                yaml(
                        "name: w",
                        "parameters:",
                        "  n: '1:2'",
                        "  unused: '1:50'",
                        "files:",
                        "  - name: out_{n}",
                        "    path: out/{n}.txt",
                        "    use_parameters: [n]",
                        "jobs:",
                        "  - name: make_{n}",
                        "    command: make ${files.output.out_{n}}",
                        "    use_parameters: [n]",
                        "  - name: summary",
                        "    command: cat out/*.txt");

        assertEquals(List.of("make_1", "make_2", "summary"), jobNames(plan));
        assertEquals("make out/2.txt", plan.jobs().get(1).command());
        assertEquals(List.of("out_2"), Specs.names(plan.files(), plan.jobs().get(1).outputFiles()));
    }

    @Test
    void useParametersNamingNoWorkflowParameterIsAnError() {
        SpecException e =
                yamlError(
                        "name: w",
                        "parameters:",
                        "  n: '1:2'",
                        "jobs:",
                        "  - name: make_{m}",
                        "    command: make",
                        "    use_parameters: [m]");

        assertEquals(7, e.line());
        assertTrue(e.problem().contains("'m', which is not a workflow parameter"), e.problem());
    }

    @Test
    void parameterizedFilesLinkToParameterizedJobsByName() throws Exception {
        WorkflowPlan plan =
                yaml(
                        "name: w",
                        "files:",
                        "  - name: chunk_{i}",
                        "    path: data/chunk_{i}.dat",
                        "    parameters: {i: '1:3'}",
                        "jobs:",
                        "  - name: split",
                        "    command: split",
                        "    output_file_regexes: ['^chunk_']",
                        "  - name: work_{i}",
                        "    command: work",
                        "    input_files: ['chunk_{i}']",
                        "    parameters: {i: '1:3'}");

        assertEquals(3, plan.files().size());
        assertEquals(
                List.of("chunk_1", "chunk_2", "chunk_3"),
                Specs.names(plan.files(), plan.jobs().get(0).outputFiles()));
        assertEquals(
                List.of("chunk_3"), Specs.names(plan.files(), plan.jobs().get(3).inputFiles()));
    }

    @Test
    void aParameterizedJobWhoseNameLacksThePlaceholderIsRefused() {
        SpecException e =
                yamlError(
                        "name: w",
                        "jobs:",
                        "  - name: same",
                        "    command: echo {i}",
                        "    parameters: {i: '1:2'}");

        assertEquals(3, e.line());
        assertTrue(e.problem().contains("job name 'same' is used"), e.problem());
        assertTrue(e.problem().contains("{i}"), e.problem());
    }

    @Test
    void aBadFormatSpecifierNamesTheKey() {
        SpecException e =
                yamlError(
                        "name: w",
                        "jobs:",
                        "  - name: j_{i:03d}",
                        "    command: echo {i:03d}",
                        "    parameters: {i: \"['a', 'b']\"}");

        assertEquals(3, e.line());
        assertTrue(e.problem().startsWith("name of job 'j_{i:03d}'"), e.problem());
    }

    @Test
    void anEmptyRangeIsAnError() {
        SpecException e =
                yamlError(
                        "name: w",
                        "jobs:",
                        "  - name: j_{i}",
                        "    command: echo",
                        "    parameters:",
                        "      i: '5:1'");

        assertEquals(6, e.line());
        assertTrue(e.problem().contains("has no values"), e.problem());
    }

    @Test
    void expandsAHundredThousandJobsIntoTenBatches() throws Exception {
        WorkflowPlan plan =
                yaml(
                        "name: big",
                        "files:",
                        "  - name: result_{i}",
                        "    path: results/{i}.txt",
                        "    parameters: {i: '1:1000'}",
                        "jobs:",
                        "  - name: sim_{i:04d}_{j:03d}",
                        "    command: simulate --case {i} --seed {j} > ${files.output.result_{i}}",
                        "    parameters:",
                        "      i: '1:1000'",
                        "      j: '1:100'");

        assertEquals(100_000, plan.jobs().size());
        assertEquals("sim_0001_001", plan.jobs().get(0).name());
        assertEquals(
                "simulate --case 1000 --seed 100 > results/1000.txt",
                plan.jobs().get(99_999).command());
        assertEquals(10, plan.creationBatches(10_000).size());
    }
}
