/**
 * Compute nodes: the machines or allocations that ran job runners, with what they offered.
 *
 * <p>Offers create, read, change, delete and listing by host name and activity.
 *
 * <p>Not yet: the {@code scheduled_compute_node_id} list filter, which is accepted and ignored (the
 * contract does not say where a compute node records its scheduled node).
 */
package org.torc.compute;
