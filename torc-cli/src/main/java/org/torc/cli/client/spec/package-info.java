/**
 * Workflow specifications: YAML or JSON files describing a workflow's jobs, files, user data,
 * resource requirements, failure handlers and schedulers, turned into a {@link
 * org.torc.cli.client.spec.WorkflowPlan} that a server can create.
 *
 * <p>Steps: {@code SpecReader} parses the file into a tree that remembers lines; {@code SpecParser}
 * checks every key and type and compiles texts against parameters; {@code SpecExpander} expands
 * parameters, replaces <code>${files.input.NAME}</code>, <code>
 * ${files.output.NAME}</code>, <code>${user_data.input.NAME}</code> and <code>
 * ${user_data.output.NAME}</code> (a file by its path, user data by its JSON), and resolves every
 * name and regex; {@code DependencyGraph} refuses cycles. Every error is one line, {@code
 * FILE:LINE: problem}, naming the key or the jobs at fault.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Parameters: integer and decimal ranges ({@code 1:100}, {@code 1:100:5}, {@code
 *       0.0:1.0:0.1}, computed exactly in decimal), lists (written as text or as YAML lists),
 *       single values; placeholders <code>{i}</code> and <code>{i:03d}</code> with Python's format
 *       mini-language. {@code product} mode varies the first parameter slowest; {@code zip} needs
 *       equal lengths. A job's {@code use_parameters} and its own {@code parameters} combine, the
 *       job's own winning on a shared name (the original ignores {@code use_parameters} when a job
 *       has its own); naming a workflow parameter that does not exist is an error.
 *   <li>Regexes match any part of a name, as the original's do; a job's {@code depends_on_regexes}
 *       never match the job itself. A regex that matches nothing is an error.
 *   <li>Names of jobs, files and other records must be unique within their kind, since jobs refer
 *       to them by name.
 *   <li>Dependencies implied by files and user data (a job reading what another writes) count for
 *       cycle detection; the server derives them itself when it initializes the workflow, so only
 *       explicit {@code depends_on} is sent as job ids. Jobs are created level by level of explicit
 *       dependencies, because a job can only name jobs that already exist.
 *   <li>Keys the original accepts for features this server lacks ({@code actions}, {@code
 *       resource_monitor}) are refused with a message saying so rather than silently ignored.
 * </ul>
 *
 * <p>Not yet: KDL specifications; parameter tables from files ({@code parameters_file}); YAML
 * anchors are whatever Jackson's YAML parser makes of them. Each distinct regex scans every name
 * once, so a hundred thousand distinct per-job regexes over a hundred thousand jobs is slow; name
 * such dependencies with {@code depends_on} instead.
 */
package org.torc.cli.client.spec;
