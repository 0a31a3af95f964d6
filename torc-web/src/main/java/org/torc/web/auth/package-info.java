/**
 * HTTP Basic authentication for the REST service, in the mode the server was started with.
 *
 * <p>Parts: {@link org.torc.web.auth.BasicAuthenticationMechanism} (a Jakarta Security {@code
 * HttpAuthenticationMechanism} that reads the Authorization header strictly and asks the identity
 * store of {@code torc-identitystore}), {@link org.torc.web.auth.AuthenticationModeInterceptor} (a
 * CDI interceptor around its {@code validateRequest} that applies off, optional or required),
 * {@link org.torc.web.auth.AuthenticationStartup} (loads the htpasswd file at start and logs the
 * mode). An authenticated caller reaches resources as {@code SecurityContext.getUserPrincipal()}.
 *
 * <p>Decision: our own mechanism rather than {@code @BasicAuthenticationMechanismDefinition}. The
 * design asked for the built-in Basic mechanism plus an interceptor for the mode; measured on
 * Payara 6, the built-in one splits the credentials on every colon (so a password holding a colon
 * never matches) and a malformed header (bad base64, no colon) ends in a 500 that no exception
 * mapper can catch. Keeping the annotation beside our mechanism fails every request with an
 * ambiguous bean, so it is gone. What stayed from the design: the mode lives in an interceptor
 * bound to the mechanism, configured through CDI from the server's options ({@code
 * org.torc.identitystore.AuthSettings}).
 *
 * <p>Behaviour: a header that is present must hold valid credentials, in every mode but off; wrong
 * credentials are never downgraded to anonymous. Refusals are 401 with {@code WWW-Authenticate:
 * Basic realm="Torc"} and a short JSON body saying only "authentication required", "invalid
 * credentials" or "malformed Authorization header"; when the bcrypt workers are saturated the
 * answer is 503 with {@code Retry-After}. {@code /health} and below never need credentials.
 *
 * <p>Not yet: authorisation (every authenticated user may do everything). In required mode the
 * OpenAPI document at {@code /openapi} needs credentials too.
 */
package org.torc.web.auth;
