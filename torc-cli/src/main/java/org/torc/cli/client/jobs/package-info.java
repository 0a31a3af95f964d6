/**
 * {@code torc jobs}: listing a workflow's jobs, optionally by status, and showing one job.
 *
 * <p>{@code -f json} prints {@code {"jobs": [...]}}, the original's shape. Lists are fetched a page
 * of 10,000 at a time.
 *
 * <p>Not yet: changing a job (disabling, resetting one job), showing its dependencies.
 */
package org.torc.cli.client.jobs;
