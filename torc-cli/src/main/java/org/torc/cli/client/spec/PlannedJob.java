package org.torc.cli.client.spec;

import java.util.List;

/**
 * One job of an expanded specification, its references resolved to positions in the lists of {@link
 * WorkflowPlan}.
 *
 * <p>Kept small on purpose, since a parameterized specification may hold a hundred thousand of
 * them: texts, flags, and arrays of indexes. A missing single reference is {@code -1}.
 */
public final class PlannedJob {

    private final JobTemplate template;
    private final String name;
    final String command;
    final String invocationScript;
    final int resourceRequirements;
    final int failureHandler;
    final int scheduler;
    final int[][] links = new int[Relation.values().length][];

    /** Names and patterns of the jobs this one waits for, until every job is known. */
    List<String> dependsOnNames;

    List<String> dependsOnPatterns;

    PlannedJob(
            JobTemplate template,
            String name,
            String command,
            String invocationScript,
            int resourceRequirements,
            int failureHandler,
            int scheduler) {
        this.template = template;
        this.name = name;
        this.command = command;
        this.invocationScript = invocationScript;
        this.resourceRequirements = resourceRequirements;
        this.failureHandler = failureHandler;
        this.scheduler = scheduler;
    }

    JobTemplate template() {
        return template;
    }

    /** The line of {@code key} in this job's entry of the specification. */
    int line(String key) {
        return template.source().line(key);
    }

    public String name() {
        return name;
    }

    public String command() {
        return command;
    }

    public String invocationScript() {
        return invocationScript;
    }

    public Boolean cancelOnBlockingJobFailure() {
        return template.cancelOnBlockingJobFailure();
    }

    public Boolean supportsTermination() {
        return template.supportsTermination();
    }

    /** Index into {@link WorkflowPlan#resourceRequirements()}, or -1. */
    public int resourceRequirements() {
        return resourceRequirements;
    }

    /** Index into {@link WorkflowPlan#failureHandlers()}, or -1. */
    public int failureHandler() {
        return failureHandler;
    }

    /** Index into {@link WorkflowPlan#schedulers()}, or -1. */
    public int scheduler() {
        return scheduler;
    }

    /** Indexes into {@link WorkflowPlan#jobs()} of the jobs this one explicitly waits for. */
    public int[] dependsOn() {
        return links(Relation.DEPENDS_ON);
    }

    /** Indexes into {@link WorkflowPlan#files()}. */
    public int[] inputFiles() {
        return links(Relation.INPUT_FILES);
    }

    public int[] outputFiles() {
        return links(Relation.OUTPUT_FILES);
    }

    /** Indexes into {@link WorkflowPlan#userData()}. */
    public int[] inputUserData() {
        return links(Relation.INPUT_USER_DATA);
    }

    public int[] outputUserData() {
        return links(Relation.OUTPUT_USER_DATA);
    }

    int[] links(Relation relation) {
        int[] indexes = links[relation.ordinal()];
        return indexes == null ? new int[0] : indexes;
    }
}
