/**
 * REST boundary of compute nodes: {@code /compute_nodes}, create, read, update, delete and list
 * with the contract's filters and paging. Each method converts parameters and delegates to its
 * service.
 */
package org.torc.web.computenodes;
