package org.torc.cli.client.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A workflow specification expanded and checked, ready to create on a server: every parameter
 * expanded, every name resolved, no cycle.
 */
public final class WorkflowPlan {

    private final ObjectNode workflow;
    private final List<PlannedRecord> files;
    private final List<PlannedRecord> userData;
    private final List<PlannedRecord> resourceRequirements;
    private final List<PlannedRecord> failureHandlers;
    private final List<PlannedRecord> schedulers;
    private final List<PlannedJob> jobs;
    private final int[] levels;

    WorkflowPlan(
            ObjectNode workflow,
            List<PlannedRecord> files,
            List<PlannedRecord> userData,
            List<PlannedRecord> resourceRequirements,
            List<PlannedRecord> failureHandlers,
            List<PlannedRecord> schedulers,
            List<PlannedJob> jobs,
            int[] levels) {
        this.workflow = workflow;
        this.files = List.copyOf(files);
        this.userData = List.copyOf(userData);
        this.resourceRequirements = List.copyOf(resourceRequirements);
        this.failureHandlers = List.copyOf(failureHandlers);
        this.schedulers = List.copyOf(schedulers);
        this.jobs = List.copyOf(jobs);
        this.levels = levels;
    }

    /** The body of the workflow itself: name, user if given, description, settings. */
    public ObjectNode workflow() {
        return workflow.deepCopy();
    }

    public String name() {
        return workflow.path("name").asText();
    }

    public List<PlannedRecord> files() {
        return files;
    }

    public List<PlannedRecord> userData() {
        return userData;
    }

    public List<PlannedRecord> resourceRequirements() {
        return resourceRequirements;
    }

    public List<PlannedRecord> failureHandlers() {
        return failureHandlers;
    }

    /** Slurm schedulers, then local schedulers. */
    public List<PlannedRecord> schedulers() {
        return schedulers;
    }

    public List<PlannedJob> jobs() {
        return jobs;
    }

    /**
     * The jobs in groups to create together, each at most {@code maxBatch} long: every job comes in
     * a later group than the jobs it explicitly depends on, since a job can only name the server
     * ids of jobs that already exist.
     */
    public List<int[]> creationBatches(int maxBatch) {
        int deepest = 0;
        for (int level : levels) {
            deepest = Math.max(deepest, level);
        }
        int[] starts = new int[deepest + 2];
        for (int level : levels) {
            starts[level + 1]++;
        }
        for (int level = 0; level <= deepest; level++) {
            starts[level + 1] += starts[level];
        }
        int[] byLevel = new int[levels.length];
        int[] next = Arrays.copyOf(starts, starts.length);
        for (int i = 0; i < levels.length; i++) {
            byLevel[next[levels[i]]++] = i;
        }
        List<int[]> batches = new ArrayList<>();
        for (int level = 0; level <= deepest; level++) {
            for (int from = starts[level]; from < starts[level + 1]; from += maxBatch) {
                int to = Math.min(starts[level + 1], from + maxBatch);
                batches.add(Arrays.copyOfRange(byLevel, from, to));
            }
        }
        return batches;
    }
}
