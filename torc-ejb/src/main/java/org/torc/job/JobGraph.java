package org.torc.job;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.torc.problem.ServiceException;
import org.torc.records.Jdbc;

/**
 * A workflow's jobs and dependency edges in memory, for the whole-workflow operations (initialize,
 * reset) that look at every job anyway. Ten thousand jobs take a few hundred kilobytes and one
 * query each for jobs and edges.
 */
final class JobGraph {

    /** What the graph needs to know about a job. */
    record Node(long id, JobStatus status, boolean cancelOnBlockingJobFailure) {}

    private final Map<Long, Node> nodes;
    private final Map<Long, List<Long>> upstream = new HashMap<>();
    private final Map<Long, List<Long>> downstream = new HashMap<>();

    private JobGraph(Map<Long, Node> nodes) {
        this.nodes = nodes;
    }

    static JobGraph load(Jdbc jdbc, long workflowId) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        jdbc.list(
                        "SELECT id, status, cancel_on_blocking_job_failure FROM job"
                                + " WHERE workflow_id = ? ORDER BY id",
                        row ->
                                new Node(
                                        row.getLong(1),
                                        JobStatus.fromString(row.getString(2)),
                                        row.getBoolean(3)),
                        workflowId)
                .forEach(node -> nodes.put(node.id(), node));
        JobGraph graph = new JobGraph(nodes);
        jdbc.list(
                        "SELECT job_id, depends_on_job_id FROM job_depends_on WHERE workflow_id ="
                                + " ?",
                        row -> new long[] {row.getLong(1), row.getLong(2)},
                        workflowId)
                .forEach(edge -> graph.addEdge(edge[0], edge[1]));
        return graph;
    }

    private void addEdge(long job, long dependsOn) {
        upstream.computeIfAbsent(job, id -> new ArrayList<>()).add(dependsOn);
        downstream.computeIfAbsent(dependsOn, id -> new ArrayList<>()).add(job);
    }

    Collection<Node> nodes() {
        return nodes.values();
    }

    List<Long> upstreamOf(long job) {
        return upstream.getOrDefault(job, List.of());
    }

    /**
     * The jobs in an order where every job comes after its upstream jobs (Kahn's algorithm).
     *
     * @throws ServiceException 422 naming some of the jobs when dependencies form a cycle
     */
    List<Long> topologicalOrder() {
        Map<Long, Integer> waiting = new HashMap<>();
        Deque<Long> free = new ArrayDeque<>();
        for (long id : nodes.keySet()) {
            int count = upstreamOf(id).size();
            waiting.put(id, count);
            if (count == 0) {
                free.add(id);
            }
        }
        List<Long> order = new ArrayList<>(nodes.size());
        while (!free.isEmpty()) {
            long id = free.poll();
            order.add(id);
            for (long next : downstream.getOrDefault(id, List.of())) {
                if (waiting.merge(next, -1, Integer::sum) == 0) {
                    free.add(next);
                }
            }
        }
        if (order.size() < nodes.size()) {
            List<Long> cycle =
                    waiting.entrySet().stream()
                            .filter(entry -> entry.getValue() > 0)
                            .map(Map.Entry::getKey)
                            .sorted()
                            .limit(10)
                            .toList();
            throw ServiceException.invalid(
                    "the job dependencies form a cycle; jobs involved include " + cycle);
        }
        return order;
    }

    /** The given jobs and every job downstream of them, transitively. */
    Set<Long> withDownstream(Collection<Long> jobs) {
        Set<Long> reached = new LinkedHashSet<>(jobs);
        Deque<Long> todo = new ArrayDeque<>(jobs);
        while (!todo.isEmpty()) {
            for (long next : downstream.getOrDefault(todo.poll(), List.of())) {
                if (reached.add(next)) {
                    todo.add(next);
                }
            }
        }
        return reached;
    }
}
