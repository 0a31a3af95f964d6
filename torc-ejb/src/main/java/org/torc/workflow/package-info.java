/**
 * Workflows: the unit that owns jobs, files, user data and every other record.
 *
 * <p>Offers creation (with the workflow's {@code default} resource requirements and a "created"
 * event, all in one transaction), reading, changing, deleting (everything that belongs to the
 * workflow goes with it), listing with the contract's filters, the run state (run id, canceled,
 * archived), cancel, reset of the run state, and the completion questions.
 *
 * <p>Decisions: the owner is the authenticated caller when there is one, whatever the body says;
 * anonymous callers name the owner in {@code user}. The run state lives in the workflow's own row
 * (the contract's {@code status_id} is the workflow id): one row to lock. {@link
 * org.torc.workflow.WorkflowLock} serialises all status changes of a workflow's jobs. A canceled
 * workflow counts as complete, as in the original torc; so does a workflow whose jobs are all
 * completed, failed, canceled, terminated or disabled.
 *
 * <p>Not yet: access groups (who else may see a workflow), archiving beyond the stored flag, and
 * the completion script.
 */
package org.torc.workflow;
