/**
 * REST boundary of scheduler records: {@code /local_schedulers}, {@code /slurm_schedulers} and
 * {@code /scheduled_compute_nodes}, each with create, read, update, delete and list. Nothing is
 * submitted to a scheduler.
 */
package org.torc.web.schedulers;
