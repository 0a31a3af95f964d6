/**
 * Query and path parameters: strict conversion with a 400 that names the parameter, and the paging
 * parameters every list call shares.
 *
 * <p>Decisions: JAX-RS answers an unconvertible query or path parameter with a bare 404, and reads
 * any word but "true" as {@code false}. {@link org.torc.web.params.StrictParameters} converts
 * numbers, booleans and the contract's enums itself and refuses anything else with a 400 naming the
 * parameter and the value.
 */
package org.torc.web.params;
