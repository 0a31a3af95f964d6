/**
 * REST boundary of the files of a workflow: {@code /files}, create, read, update, delete and list
 * with the contract's filters and paging. Each method converts parameters and delegates to its
 * service.
 */
package org.torc.web.files;
