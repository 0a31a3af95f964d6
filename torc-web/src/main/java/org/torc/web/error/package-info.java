/**
 * Error mapping: every refusal leaves the service as the contract's error body.
 *
 * <p>Service refusals keep their kind (404, 409, 422, 400, 403), JAX-RS's own refusals keep their
 * status, malformed JSON is a 400 naming the field, and anything else is logged and answered with a
 * bare 500. Messages never carry stack traces, SQL or credentials.
 */
package org.torc.web.error;
