/**
 * REST boundary of workflows: {@code /workflows} and everything under {@code /workflows/{id}}
 * (status, cancel, reset, completion, initialize, claim, the graph listings).
 *
 * <p>Decisions: the owner of a new workflow is the authenticated user when the request carries one,
 * else the body's {@code user}. Each method only converts and delegates; rules live in the services
 * of {@code org.torc.workflow} and {@code org.torc.job}.
 */
package org.torc.web.workflows;
