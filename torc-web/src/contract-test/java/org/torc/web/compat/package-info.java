/**
 * Compatibility with clients generated from torc's contract: a Java client generated at build time
 * from {@code ../shared/reference/torc-openapi.yaml} drives a whole workflow.
 *
 * <p>Built only by the {@code contract-client} profile, which is active when the contract sits
 * beside the project; {@code org.torc.web.contract.ContractClientIT} explains its absence
 * otherwise.
 */
package org.torc.web.compat;
