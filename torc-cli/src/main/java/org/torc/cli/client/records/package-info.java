/**
 * {@code torc files|user-data|results|events list WF}: a workflow's other records.
 *
 * <p>{@code -f json} prints {@code {"files": [...]}}, {@code {"user_data": [...]}}, {@code
 * {"results": [...]}} and {@code {"events": [...]}}, the records as the server sends them.
 *
 * <p>Not yet: creating, changing or deleting these records one by one; filters.
 */
package org.torc.cli.client.records;
