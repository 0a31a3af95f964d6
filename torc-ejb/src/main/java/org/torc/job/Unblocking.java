package org.torc.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.torc.records.Jdbc;

/**
 * What happens downstream when jobs finish: each blocked dependent whose upstream jobs are now all
 * done becomes ready, or canceled when one of them was unsuccessful and the dependent has {@code
 * cancel_on_blocking_job_failure}. Cancellations cascade, since a canceled job is done too.
 *
 * <p>Set-based: one query and at most two updates per level of the cascade, whatever the number of
 * jobs on that level; the jobs of one level are handled in chunks of {@link Jdbc#CHUNK} ids. Runs
 * inside the transaction that finished the jobs, under the workflow lock.
 */
final class Unblocking {

    private static final String DONE = JobStatus.sqlList(JobStatus.DONE);
    private static final String UNSUCCESSFUL = JobStatus.sqlList(JobStatus.UNSUCCESSFUL);

    /**
     * Blocked dependents of the frontier whose upstream jobs are all done, each with 1 when it is
     * to be canceled and 0 when it is to become ready.
     */
    private static final String RESOLVED_DEPENDENTS =
            "SELECT DISTINCT j.id, CASE WHEN j.cancel_on_blocking_job_failure AND EXISTS ("
                    + " SELECT 1 FROM job_depends_on f JOIN job fu ON fu.id = f.depends_on_job_id"
                    + " WHERE f.job_id = j.id AND fu.status IN "
                    + UNSUCCESSFUL
                    + ") THEN 1 ELSE 0 END"
                    + " FROM job_depends_on d JOIN job j ON j.id = d.job_id"
                    + " WHERE d.depends_on_job_id IN (%s) AND j.status = 'blocked'"
                    + " AND NOT EXISTS (SELECT 1 FROM job_depends_on w"
                    + " JOIN job wu ON wu.id = w.depends_on_job_id"
                    + " WHERE w.job_id = j.id AND wu.status NOT IN "
                    + DONE
                    + ")";

    private static final String SET_IF_BLOCKED =
            "UPDATE job SET status = ? WHERE status = 'blocked' AND id IN (%s)";

    /** How many dependents became ready and how many were canceled. */
    record Outcome(int readied, int canceled) {}

    private Unblocking() {}

    /** Releases or cancels what waited for {@code finishedJobIds}, which are now done. */
    static Outcome afterDone(Jdbc jdbc, Collection<Long> finishedJobIds) {
        List<Long> frontier = List.copyOf(finishedJobIds);
        int readied = 0;
        int canceled = 0;
        while (!frontier.isEmpty()) {
            List<Long> ready = new ArrayList<>();
            List<Long> cancel = new ArrayList<>();
            for (long[] dependent :
                    jdbc.listEach(
                            RESOLVED_DEPENDENTS,
                            frontier,
                            row -> new long[] {row.getLong(1), row.getLong(2)})) {
                (dependent[1] == 1 ? cancel : ready).add(dependent[0]);
            }
            readied += jdbc.updateEach(SET_IF_BLOCKED, ready, JobStatus.READY.wireName());
            canceled += jdbc.updateEach(SET_IF_BLOCKED, cancel, JobStatus.CANCELED.wireName());
            frontier = cancel;
        }
        return new Outcome(readied, canceled);
    }

    /**
     * Undoes the cascade of a failure that is being retried: jobs downstream of {@code jobId} that
     * were canceled because of it wait again (blocked). Answers how many.
     */
    static int reblockDownstream(Jdbc jdbc, long jobId) {
        Set<Long> seen = new HashSet<>();
        List<Long> frontier = List.of(jobId);
        int reblocked = 0;
        while (!frontier.isEmpty()) {
            List<Long> canceled =
                    jdbc.listEach(
                            "SELECT DISTINCT d.job_id FROM job_depends_on d"
                                    + " JOIN job j ON j.id = d.job_id"
                                    + " WHERE d.depends_on_job_id IN (%s) AND j.status = ?",
                            frontier, row -> row.getLong(1), JobStatus.CANCELED.wireName());
            canceled.removeIf(id -> !seen.add(id));
            reblocked +=
                    jdbc.updateEach(
                            "UPDATE job SET status = ? WHERE status = ? AND id IN (%s)",
                            canceled, JobStatus.BLOCKED.wireName(), JobStatus.CANCELED.wireName());
            frontier = canceled;
        }
        return reblocked;
    }
}
