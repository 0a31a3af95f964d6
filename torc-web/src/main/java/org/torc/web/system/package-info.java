/**
 * The service's own health: {@code /ping}, {@code /version}, the database health check polled under
 * {@code /health}, and opening the database when the application starts.
 *
 * <p>Not yet: metrics beyond what MicroProfile gives for free.
 */
package org.torc.web.system;
