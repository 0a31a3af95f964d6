/**
 * REST boundary of job results (current run by default, all runs with all_runs=true): {@code
 * /results}, create, read, update, delete and list with the contract's filters and paging. Each
 * method converts parameters and delegates to its service.
 */
package org.torc.web.results;
