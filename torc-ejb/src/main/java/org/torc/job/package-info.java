/**
 * Jobs and their life cycle: uninitialized, blocked, ready, pending, running, and the finished
 * statuses completed, failed, canceled, terminated, plus disabled and pending_failed.
 *
 * <p>Offers {@link org.torc.job.JobService} (create one or up to 10,000 at once, all or nothing;
 * read with links; change; delete; list with filters), {@link org.torc.job.JobInitialization}
 * ({@code initialize_jobs}, {@code reset_job_status}), {@link org.torc.job.JobClaims} (claim the
 * next jobs, or the jobs that fit a runner's resources; what the ready jobs need), {@link
 * org.torc.job.JobTransitions} (start, complete, retry, direct status changes) and {@link
 * org.torc.job.JobRelations} (the workflow's graph as flat lists).
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Every status change but a start locks the workflow row first (see {@link
 *       org.torc.workflow.WorkflowLock}); no job is claimed twice, no dependent is forgotten when
 *       two upstream jobs finish at the same moment, across threads and servers. A start changes
 *       one pending job's row with a conditional update, which the database re-checks under the row
 *       lock.
 *   <li>Completing a job releases its dependents in the same transaction (set-based SQL, level by
 *       level), so a dependent can be claimed the moment its last upstream job completes. The
 *       original torc defers this to a background pass every 30 seconds.
 *   <li>"Done" for a dependent means completed, failed, canceled, terminated or disabled. A
 *       dependent of an unsuccessful job (failed, canceled, terminated) is canceled when it has
 *       {@code cancel_on_blocking_job_failure} (the default), ready otherwise.
 *   <li>A claim is a lease ({@link org.torc.job.ClaimLease}, five minutes unless configured): jobs
 *       still pending after it are offered again by the next claim, so a claim whose answer was
 *       lost (server killed between commit and reply) or whose runner died strands nothing. A claim
 *       by resources that names a compute node reserves the start for that node, so a late start
 *       after the lease ran out cannot run a job twice. Anonymous claims ({@code claim_next_jobs})
 *       have no such guard: their runner must start within the lease.
 *   <li>Retrying a failed job makes the dependents it had canceled wait again (blocked).
 *   <li>With the workflow's {@code use_pending_failed}, a job completed as failed is held as
 *       pending_failed: its dependents keep waiting until it is retried or finished otherwise.
 *   <li>Status names are stored as the contract's text; the index on (workflow_id, status) serves
 *       claiming and counting.
 *   <li>Rows are inserted with JDBC batches; 10,000 jobs with their links take a few statements.
 * </ul>
 *
 * <p>Not yet: {@code process_changed_job_inputs} (input hashes), workflow actions, and the
 * remote-worker endpoints.
 */
package org.torc.job;
