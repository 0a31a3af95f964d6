/**
 * {@code torc workflows}: creating a workflow from a specification ({@link
 * org.torc.cli.client.workflows.WorkflowCreator}), listing, showing, starting, canceling, resetting
 * and deleting workflows.
 *
 * <p>Decisions: creation is all or nothing (the workflow is deleted if any later request fails or
 * the process is interrupted); files and other records are created eight requests at a time when
 * there are many, since the contract has no bulk endpoint for them; jobs go in {@code bulk_jobs}
 * batches of at most 10,000 in dependency order. {@code list} shows the caller's workflows (the
 * authenticated user, else {@code $USER}) unless {@code --all-users}; with {@code -f json} it
 * prints a JSON array, as the original does. {@code status} adds the number of jobs in each status
 * to the contract's workflow status. {@code workflows run} lives in the runner package.
 *
 * <p>Not yet: archiving, updating a workflow, exporting a workflow back to a specification.
 */
package org.torc.cli.client.workflows;
