package org.torc.cli.client;

import java.util.List;
import java.util.Set;

/**
 * The commands a {@code torc} command line names, found without building any command model, so that
 * only their branch of the command tree needs building.
 *
 * <p>Names nothing whenever the top level may need every command: help or version asked before the
 * command, an argument file, a positional argument or {@code --} before it, a global option given a
 * command's name as its value, or {@code generate-completion} (which describes every command).
 * Names only the command, not the one below it, when options before the latter ask for help or take
 * a separate value.
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

    /** The command and the one below it, the command alone, or nothing. */
    static List<String> path(String... args) {
        int i = command(args);
        if (i < 0) {
            return List.of();
        }
        String below = below(args, i + 1);
        return below == null ? List.of(args[i]) : List.of(args[i], below);
    }

    private static int command(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (CommandTree.COMMANDS.contains(arg)) {
                return arg.equals("generate-completion") ? -1 : i;
            }
            if (!arg.startsWith("-") || arg.equals("--") || asksForHelp(arg)) {
                return -1;
            }
            if (WITH_VALUE.contains(arg)) {
                i++;
                if (i < args.length && CommandTree.COMMANDS.contains(args[i])) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static String below(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                return arg.startsWith("@") ? null : arg;
            }
            if (arg.equals("--") || asksForHelp(arg) || WITH_VALUE.contains(arg)) {
                return null;
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
