/**
 * Resource requirements: what a job needs (CPUs, GPUs, nodes, memory, runtime), and the reading of
 * memory sizes and durations.
 *
 * <p>Offers create, read, change, delete and listing. Each workflow gets a record named {@code
 * default} (1 CPU, no GPU, 1 node, 1m, P0DT1M) when it is created; jobs that name no requirements
 * use it.
 *
 * <p>Decisions: memory ({@code 512m}, {@code 20g}; binary multiples) and runtime (ISO 8601 such as
 * {@code P0DT1H}, or Slurm's {@code 1-02:00:00}) are stored as written and also as bytes and
 * seconds, which claiming compares in SQL. An unreadable value is a 422. The name {@code default}
 * is reserved. A record still used by a job cannot be deleted (409).
 */
package org.torc.resource;
