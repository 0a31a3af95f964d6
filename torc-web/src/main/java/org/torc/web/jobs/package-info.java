/**
 * REST boundary of jobs: {@code /jobs}, {@code /bulk_jobs} and the steps of a claimed job ({@code
 * start_job}, {@code complete_job}, {@code manage_status_change}, {@code retry}).
 *
 * <p>Decisions: a stale run id or a step the job's status does not allow is a 409; a status that
 * does not fit the step (complete with "ready", retry a job that did not fail) is a 422.
 */
package org.torc.web.jobs;
