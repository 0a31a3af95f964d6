/**
 * The local job runner, {@code torc run} and {@code torc workflows run}: runs a workflow's ready
 * jobs on this machine and reports their results.
 *
 * <p>Operations: claim ready jobs that fit in the free CPUs, memory and GPUs ({@code
 * claim_jobs_based_on_resources}), or a number of them with {@code --max-parallel-jobs} ({@code
 * claim_next_jobs}); start each ({@code start_job}) as {@code bash -c} with the {@code TORC_*}
 * variables, output to {@code OUTPUT_DIR/job_stdio/}; complete each with its return code and wall
 * time ({@code complete_job}); a job that returns 0 without writing its declared output files
 * fails. A failed job whose failure handler has a rule for its return code and retries left is
 * completed as failed, then retried ({@code retry}: the server makes it ready again with the next
 * attempt id), then the rule's recovery script runs.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>One thread: the loop waits on process exits and the poll interval, so a finished job's
 *       dependents start at once without polling fast.
 *   <li>Server away: every call in the loop is retried with growing pauses (0.5 s to 30 s) for up
 *       to {@code --server-wait}; finished results wait in order in memory meanwhile and running
 *       jobs keep running. Past the limit, jobs are killed and unreported results are written to
 *       {@code OUTPUT_DIR/unreported_results_wf<ID>_run<RUN>.json}. A claimed job is never run
 *       twice: the runner does not claim while it cannot report.
 *   <li>Signals: Ctrl-C and SIGTERM run a shutdown hook that stops the loop; jobs that support
 *       termination get SIGTERM and {@code --termination-grace} seconds, the others SIGKILL at
 *       once; all are reported {@code terminated}. The process then exits with the signal's status
 *       (130 or 143).
 *   <li>The run ends when the workflow is complete or canceled, or when twice in a row nothing is
 *       pending or running anywhere and nothing here can be claimed (jobs needing more than this
 *       machine has, or blocked on something no job produces). Exit 0 only if every job (disabled
 *       ones aside) completed.
 *   <li>On a terminal, one progress line on standard error; otherwise one line per event. The
 *       summary goes to standard output ({@code -f json}: one object).
 * </ul>
 *
 * <p>Not yet: GPUs are counted but not assigned to jobs (no {@code CUDA_VISIBLE_DEVICES}); no
 * resource monitoring (peak memory, CPU); no per-job runtime limit; a claim whose answer is lost
 * leaves its jobs pending on the server.
 */
package org.torc.cli.client.runner;
