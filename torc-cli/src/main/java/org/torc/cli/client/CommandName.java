package org.torc.cli.client;

import java.util.Set;

/**
 * The command a {@code torc} command line names, found without building any command model, so that
 * only that command's branch needs building.
 *
 * <p>Answers {@code null} whenever the top level may need every command: help or version asked
 * before the command, an argument file, a positional argument or {@code --} before it, a global
 * option given a command's name as its value, or {@code generate-completion} (which describes every
 * command).
 */
final class CommandName {

    /** The global options that take their value from the next argument. */
    private static final Set<String> WITH_VALUE =
            Set.of(
                    "--url",
                    "--username",
                    "--password",
                    "--ca-cert",
                    "-f",
                    "--format",
                    "--log-level");

    private CommandName() {}

    static String of(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (TorcCommand.COMMANDS.contains(arg)) {
                return arg.equals("generate-completion") ? null : arg;
            }
            if (!arg.startsWith("-") || arg.equals("--") || asksForHelp(arg)) {
                return null;
            }
            if (WITH_VALUE.contains(arg)) {
                i++;
                if (i < args.length && TorcCommand.COMMANDS.contains(args[i])) {
                    return null;
                }
            }
        }
        return null;
    }

    /** {@code --help}, {@code --version}, or short options that may include -h or -V. */
    private static boolean asksForHelp(String arg) {
        if (arg.startsWith("--")) {
            return arg.startsWith("--help") || arg.startsWith("--version");
        }
        return arg.indexOf('h') >= 0 || arg.indexOf('V') >= 0;
    }
}
