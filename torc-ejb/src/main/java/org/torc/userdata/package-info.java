/**
 * User data: JSON values that jobs read and write through the server instead of the file system.
 *
 * <p>Offers create (optionally linking the record as input of one job and output of another), read,
 * change, delete, listing with the contract's filters, and the records still missing: read by a
 * job, written by none, and without a value.
 *
 * <p>Decisions: the value is stored as JSON text and returned as the same JSON. Ephemeral values
 * are cleared when a workflow is initialized for a new run (unless the caller says not to).
 */
package org.torc.userdata;
