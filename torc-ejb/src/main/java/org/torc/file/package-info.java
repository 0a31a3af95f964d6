/**
 * Files: the data and code that jobs read and write, named independently of their path.
 *
 * <p>Offers create, read, change, delete (one or all of a workflow), listing with the contract's
 * filters (name, path, produced by a job, is an output), and the files that must exist before a
 * run: those some job reads and no job writes.
 *
 * <p>Decisions: the server never looks at the file system; {@code st_mtime} is whatever the client
 * reports. The list of required files answers file ids, as the original server does, although the
 * contract declares strings.
 */
package org.torc.file;
