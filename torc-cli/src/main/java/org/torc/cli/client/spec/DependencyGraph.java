package org.torc.cli.client.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The order jobs can run in: a job waits for the jobs it names in {@code depends_on} and for the
 * producers of its input files and user data. Finds a cycle if there is one, and gives each job its
 * level among explicit dependencies, which decides the batches jobs are created in.
 *
 * <p>Works on arrays of indexes, so a graph of a hundred thousand jobs costs a few megabytes.
 */
final class DependencyGraph {

    private static final int MAX_CYCLE_NAMES = 8;

    private final List<PlannedJob> jobs;
    private final Producers fileProducers;
    private final Producers userDataProducers;

    private DependencyGraph(List<PlannedJob> jobs, int fileCount, int userDataCount) {
        this.jobs = jobs;
        this.fileProducers = new Producers(jobs, fileCount, Relation.OUTPUT_FILES);
        this.userDataProducers = new Producers(jobs, userDataCount, Relation.OUTPUT_USER_DATA);
    }

    /**
     * Each job's level: 0 for a job without explicit dependencies, else one more than the deepest
     * job it explicitly depends on. Throws if the jobs wait for each other in a cycle.
     */
    static int[] levels(Path file, List<PlannedJob> jobs, int fileCount, int userDataCount)
            throws SpecException {
        DependencyGraph graph = new DependencyGraph(jobs, fileCount, userDataCount);
        int[] order = graph.topologicalOrder();
        if (order.length < jobs.size()) {
            throw graph.cycleError(file, order);
        }
        return graph.explicitLevels(order);
    }

    /** Calls {@code action} with every job {@code job} waits for, possibly more than once. */
    private void forEachPredecessor(int job, IntConsumer action) {
        PlannedJob planned = jobs.get(job);
        for (int dependency : planned.dependsOn()) {
            action.accept(dependency);
        }
        for (int input : planned.inputFiles()) {
            fileProducers.forEach(input, action);
        }
        for (int input : planned.inputUserData()) {
            userDataProducers.forEach(input, action);
        }
    }

    /** Kahn's algorithm; the result is shorter than the job list when there is a cycle. */
    private int[] topologicalOrder() {
        int n = jobs.size();
        int[] waiting = new int[n];
        int[] successorStart = new int[n + 1];
        for (int job = 0; job < n; job++) {
            int j = job;
            forEachPredecessor(
                    job,
                    p -> {
                        waiting[j]++;
                        successorStart[p + 1]++;
                    });
        }
        int[] successors = successorArray(successorStart);
        int[] order = new int[n];
        int size = 0;
        for (int job = 0; job < n; job++) {
            if (waiting[job] == 0) {
                order[size++] = job;
            }
        }
        for (int head = 0; head < size; head++) {
            int job = order[head];
            for (int s = successorStart[job]; s < successorStart[job + 1]; s++) {
                if (--waiting[successors[s]] == 0) {
                    order[size++] = successors[s];
                }
            }
        }
        return Arrays.copyOf(order, size);
    }

    private int[] successorArray(int[] start) {
        int n = jobs.size();
        for (int job = 0; job < n; job++) {
            start[job + 1] += start[job];
        }
        int[] successors = new int[start[n]];
        int[] next = Arrays.copyOf(start, n);
        for (int job = 0; job < n; job++) {
            int j = job;
            forEachPredecessor(job, p -> successors[next[p]++] = j);
        }
        return successors;
    }

    private int[] explicitLevels(int[] order) {
        int[] levels = new int[jobs.size()];
        for (int job : order) {
            for (int dependency : jobs.get(job).dependsOn()) {
                levels[job] = Math.max(levels[job], levels[dependency] + 1);
            }
        }
        return levels;
    }

    private SpecException cycleError(Path file, int[] ordered) {
        boolean[] done = new boolean[jobs.size()];
        for (int job : ordered) {
            done[job] = true;
        }
        int start = 0;
        while (done[start]) {
            start++;
        }
        List<Integer> cycle = findCycle(start, done);
        PlannedJob first = jobs.get(cycle.get(0));
        return new SpecException(file, first.template().source().line(), describe(cycle));
    }

    /** Walks from a job left waiting to a job it waits for, until a job repeats. */
    private List<Integer> findCycle(int start, boolean[] done) {
        int[] seenAt = new int[jobs.size()];
        Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        int job = start;
        while (seenAt[job] < 0) {
            seenAt[job] = path.size();
            path.add(job);
            int[] next = {-1};
            forEachPredecessor(
                    job,
                    p -> {
                        if (!done[p] && next[0] < 0) {
                            next[0] = p;
                        }
                    });
            job = next[0];
        }
        List<Integer> cycle = new ArrayList<>(path.subList(seenAt[job], path.size()));
        cycle.add(job);
        return cycle;
    }

    private String describe(List<Integer> cycle) {
        if (cycle.size() == 2) {
            return "job '"
                    + jobs.get(cycle.get(0)).name()
                    + "' waits for itself: it reads a file or user_data record it writes";
        }
        List<String> names = new ArrayList<>();
        for (int job : cycle) {
            names.add(jobs.get(job).name());
        }
        if (names.size() > MAX_CYCLE_NAMES + 1) {
            int hidden = names.size() - 1 - MAX_CYCLE_NAMES;
            String last = names.get(names.size() - 1);
            names = new ArrayList<>(names.subList(0, MAX_CYCLE_NAMES));
            names.add("(" + hidden + " more)");
            names.add(last);
        }
        return "jobs wait for each other in a cycle (a -> b: a waits for b): "
                + String.join(" -> ", names);
    }

    /** For each file or user_data record, the jobs that write it. */
    private static final class Producers {
        private final int[] start;
        private final int[] jobs;

        Producers(List<PlannedJob> all, int records, Relation output) {
            start = new int[records + 1];
            for (PlannedJob job : all) {
                for (int record : job.links(output)) {
                    start[record + 1]++;
                }
            }
            for (int r = 0; r < records; r++) {
                start[r + 1] += start[r];
            }
            jobs = new int[start[records]];
            int[] next = Arrays.copyOf(start, records);
            for (int j = 0; j < all.size(); j++) {
                for (int record : all.get(j).links(output)) {
                    jobs[next[record]++] = j;
                }
            }
        }

        void forEach(int record, IntConsumer action) {
            for (int i = start[record]; i < start[record + 1]; i++) {
                action.accept(jobs[i]);
            }
        }
    }
}
