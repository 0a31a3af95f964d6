/**
 * Refusals: the one exception type services throw for a request they will not carry out.
 *
 * <p>Each refusal has a kind (not found, conflict, invalid, bad request, forbidden) and a message
 * for the caller. Unexpected failures are not modelled here: they stay ordinary exceptions, are
 * logged by the web layer and become a 500 without details.
 */
package org.torc.problem;
