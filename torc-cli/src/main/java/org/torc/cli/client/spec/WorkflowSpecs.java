package org.torc.cli.client.spec;

import java.nio.file.Path;

/** Reads workflow specification files into plans a server can create. */
public final class WorkflowSpecs {

    private WorkflowSpecs() {}

    /** The plan of the specification in {@code file}, YAML or JSON. */
    public static WorkflowPlan load(Path file) throws SpecException {
        return plan(file, SpecReader.read(file));
    }

    /** The plan of a specification given as text; messages name {@code file}. */
    public static WorkflowPlan parse(Path file, String text) throws SpecException {
        return plan(file, SpecReader.read(file, text));
    }

    private static WorkflowPlan plan(Path file, SpecNode tree) throws SpecException {
        return SpecExpander.expand(SpecParser.parse(file, tree));
    }
}
