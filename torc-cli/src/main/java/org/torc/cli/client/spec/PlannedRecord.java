package org.torc.cli.client.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A record the workflow needs besides its jobs: a file, a user_data record, resource requirements,
 * a failure handler or a scheduler.
 *
 * @param collection the REST collection it is created in, e.g. {@code files}
 * @param name the name jobs refer to it by
 * @param body the request body, without {@code workflow_id}
 * @param line the line of the specification it comes from
 */
public record PlannedRecord(String collection, String name, ObjectNode body, int line) {}
