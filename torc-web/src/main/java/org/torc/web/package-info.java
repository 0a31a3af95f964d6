/**
 * The REST service under {@code /torc-service/v1}, speaking torc's contract.
 *
 * <p>Components: {@code system} (ping, version, health), {@code error} (error bodies), {@code json}
 * (binding). Resources for workflows, jobs and the records around them live in their own packages
 * beside these.
 */
package org.torc.web;
