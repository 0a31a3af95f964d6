/**
 * The REST service under {@code /torc-service/v1}, speaking torc's contract.
 *
 * <p>Components: {@code system} (ping, version, health), {@code error} (error bodies), {@code json}
 * (binding). Resources for workflows, jobs and the records around them live in their own packages
 * beside these.
 *
 * <p>Resources are application-scoped CDI beans, one instance each, holding no state of a request:
 * what they need of one comes as parameters, or as a {@code @Context} proxy. Created per request,
 * they cost 5 % of the server's CPU per job in the benchmark's orchestration run.
 */
package org.torc.web;
