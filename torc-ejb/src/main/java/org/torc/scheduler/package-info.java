/**
 * Scheduler records: local and Slurm compute node configurations, and compute nodes requested from
 * a scheduler.
 *
 * <p>Offers create, read, change, delete and listing with the contract's filters for each, one
 * service per record kind.
 *
 * <p>Decisions: a local scheduler without a name is {@code default}; a Slurm scheduler without a
 * QOS is {@code normal}. The Slurm partition is stored in column {@code slurm_partition} because
 * PARTITION is a reserved word in H2.
 *
 * <p>Not yet: submitting allocations to Slurm.
 */
package org.torc.scheduler;
