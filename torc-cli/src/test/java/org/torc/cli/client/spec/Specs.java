package org.torc.cli.client.spec;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for specification tests: parse text, list names, expect an error. */
final class Specs {

    private Specs() {}

    static WorkflowPlan yaml(String... lines) throws SpecException {
        return WorkflowSpecs.parse(Path.of("spec.yaml"), String.join("\n", lines) + "\n");
    }

    static SpecException yamlError(String... lines) {
        return assertThrows(SpecException.class, () -> yaml(lines));
    }

    static List<String> jobNames(WorkflowPlan plan) {
        List<String> names = new ArrayList<>();
        plan.jobs().forEach(job -> names.add(job.name()));
        return names;
    }

    static List<String> commands(WorkflowPlan plan) {
        List<String> commands = new ArrayList<>();
        plan.jobs().forEach(job -> commands.add(job.command()));
        return commands;
    }

    static List<String> names(List<PlannedRecord> records, int[] indexes) {
        List<String> names = new ArrayList<>();
        for (int index : indexes) {
            names.add(records.get(index).name());
        }
        return names;
    }

    static List<String> jobs(WorkflowPlan plan, int[] indexes) {
        List<String> names = new ArrayList<>();
        for (int index : indexes) {
            names.add(plan.jobs().get(index).name());
        }
        return names;
    }

    static PlannedJob job(WorkflowPlan plan, String name) {
        return plan.jobs().stream()
                .filter(job -> job.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no job " + name));
    }
}
