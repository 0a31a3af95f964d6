/**
 * Results: the outcome of each run of each job (return code, time, resource use).
 *
 * <p>Offers create, read, change, delete and listing. Listing shows the current result of each job
 * unless {@code all_runs} asks for the history.
 *
 * <p>Decisions: completing a job stores its result as the job's only current one, in the
 * completion's transaction; initializing a workflow forgets the current result of every job that
 * will run again. A result posted directly is history only, as in the original server.
 */
package org.torc.result;
