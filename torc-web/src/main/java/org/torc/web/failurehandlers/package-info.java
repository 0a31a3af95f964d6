/**
 * REST boundary of failure handlers (listed under /workflows/{id}/failure_handlers): {@code
 * /failure_handlers}, create, read, update, delete and list with the contract's filters and paging.
 * Each method converts parameters and delegates to its service.
 */
package org.torc.web.failurehandlers;
