package org.torc.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.torc.records.Jdbc;

/**
 * Writes and reads a job's links (upstream jobs, files, user data) with set-based SQL: one batch
 * per link table for any number of jobs, one query per link table for a page of jobs.
 */
final class LinkStore {

    /** A link table: its name and the column naming the other side. */
    enum Link {
        DEPENDS_ON(
                "job_depends_on",
                "depends_on_job_id",
                "depends_on_job_ids",
                Relationships::dependsOn),
        INPUT_FILE("job_input_file", "file_id", "input_file_ids", Relationships::inputFiles),
        OUTPUT_FILE("job_output_file", "file_id", "output_file_ids", Relationships::outputFiles),
        INPUT_USER_DATA(
                "job_input_user_data",
                "user_data_id",
                "input_user_data_ids",
                Relationships::inputUserData),
        OUTPUT_USER_DATA(
                "job_output_user_data",
                "user_data_id",
                "output_user_data_ids",
                Relationships::outputUserData);

        final String table;
        final String column;
        final String field;
        private final Function<Relationships, List<Long>> list;

        Link(String table, String column, String field, Function<Relationships, List<Long>> list) {
            this.table = table;
            this.column = column;
            this.field = field;
            this.list = list;
        }

        /** The ids exactly as given, null when absent. */
        List<Long> rawIds(Relationships relationships) {
            return list.apply(relationships);
        }

        /** The ids the relationships give for this link, without duplicates; null if absent. */
        List<Long> given(Relationships relationships) {
            List<Long> ids = list.apply(relationships);
            return ids == null ? null : List.copyOf(new LinkedHashSet<>(ids));
        }

        List<Long> of(Relationships relationships) {
            List<Long> ids = given(relationships);
            return ids == null ? List.of() : ids;
        }
    }

    private final Jdbc jdbc;

    LinkStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the links of the given (already inserted) jobs, duplicates removed. */
    void insert(List<Job> jobs, long workflowId) {
        for (Link link : Link.values()) {
            List<Object[]> rows = new ArrayList<>();
            for (Job job : jobs) {
                for (Long other : link.of(job.relationships())) {
                    rows.add(new Object[] {job.id(), other, workflowId});
                }
            }
            if (!rows.isEmpty()) {
                jdbc.batch(
                        "INSERT INTO "
                                + link.table
                                + " (job_id, "
                                + link.column
                                + ", workflow_id) VALUES (?, ?, ?)",
                        rows);
            }
        }
    }

    /** Replaces the links of one job for every list the caller gave (null lists are kept). */
    void replace(Job job, Relationships given) {
        for (Link link : Link.values()) {
            if (link.given(given) != null) {
                jdbc.update("DELETE FROM " + link.table + " WHERE job_id = ?", job.id());
            }
        }
        Relationships present =
                new Relationships(
                        orEmpty(given.dependsOn()),
                        orEmpty(given.inputFiles()),
                        orEmpty(given.outputFiles()),
                        orEmpty(given.inputUserData()),
                        orEmpty(given.outputUserData()));
        job.assignRelationships(present);
        insert(List.of(job), job.workflowId());
    }

    private static List<Long> orEmpty(List<Long> ids) {
        return ids == null ? List.of() : ids;
    }

    /** Fills the relationship lists of the given jobs from the link tables. */
    void load(Collection<Job> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        List<Long> ids = jobs.stream().map(Job::id).toList();
        Map<Link, Map<Long, List<Long>>> links = new HashMap<>();
        for (Link link : Link.values()) {
            links.put(link, read(link, ids));
        }
        for (Job job : jobs) {
            job.assignRelationships(
                    new Relationships(
                            linked(links, Link.DEPENDS_ON, job),
                            linked(links, Link.INPUT_FILE, job),
                            linked(links, Link.OUTPUT_FILE, job),
                            linked(links, Link.INPUT_USER_DATA, job),
                            linked(links, Link.OUTPUT_USER_DATA, job)));
        }
    }

    private static List<Long> linked(Map<Link, Map<Long, List<Long>>> links, Link link, Job job) {
        return links.get(link).getOrDefault(job.id(), List.of());
    }

    private Map<Long, List<Long>> read(Link link, List<Long> jobIds) {
        Map<Long, List<Long>> byJob = new HashMap<>();
        jdbc.listEach(
                        "SELECT job_id, "
                                + link.column
                                + " FROM "
                                + link.table
                                + " WHERE job_id IN (%s) ORDER BY job_id, "
                                + link.column,
                        jobIds,
                        row -> new long[] {row.getLong(1), row.getLong(2)})
                .forEach(
                        pair ->
                                byJob.computeIfAbsent(pair[0], id -> new ArrayList<>())
                                        .add(pair[1]));
        return byJob;
    }
}
