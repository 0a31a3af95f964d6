/**
 * The {@code torc} command-line client: {@link org.torc.cli.client.TorcCommand} and its global
 * options, output as tables or JSON, and the commands that need no package of their own ({@code
 * ping}, {@code version}).
 *
 * <p>Sub-packages by feature: {@code spec} (workflow specifications), {@code http} (the server and
 * credentials), {@code workflows}, {@code jobs}, {@code records} (files, user data, results,
 * events) and {@code runner} (running jobs here).
 *
 * <p>Decisions: global options are inherited, so they work before or after a command ({@code torc
 * -f json jobs list 1} and {@code torc jobs list 1 -f json}); a flag beats its environment
 * variable. Exit codes: 0 success, 1 failure (one line on standard error, {@code torc: ...}), 2
 * wrong usage. Stack traces only with {@code --log-level debug}. Tables fit 100 columns, shortening
 * the widest columns. {@code torc generate-completion} prints a bash/zsh completion script
 * (picocli's).
 *
 * <p>Start-up time: {@link org.torc.cli.client.CommandTree} builds only the branch of the picocli
 * command tree the arguments name (the whole tree for help, completion and top-level usage errors);
 * {@link org.torc.cli.client.StartupTraining} runs typical commands against a stand-in server so
 * that {@code bin/torc-launch} can keep the classes they load in a class data sharing archive
 * ({@code target/cds/client.jsa}, remade when the jars or java change).
 *
 * <p>Not yet: a configuration file for defaults; the original's commands beyond those listed in the
 * README notes (reports, Slurm, access groups).
 */
package org.torc.cli.client;
