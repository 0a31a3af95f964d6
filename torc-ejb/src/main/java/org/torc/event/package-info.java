/**
 * Events: what happened in a workflow, as free-form JSON with a timestamp in milliseconds.
 *
 * <p>Offers create, read, change, delete, listing (by category, after a time) and the latest
 * event's time. {@link org.torc.event.EventLog} records the server's own events (workflow created,
 * initialized, canceled, reset; job started, completed, retried, changed) inside the transaction
 * that made the change.
 *
 * <p>Decisions: the category is copied from the data's {@code category} field so that listing can
 * filter on it in SQL.
 *
 * <p>Not yet: streaming events to clients as they happen.
 */
package org.torc.event;
