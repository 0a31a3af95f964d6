package org.torc.cli.client;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.torc.cli.client.http.Terminal;
import picocli.CommandLine;

/** Runs {@code torc} in-process with captured output, a chosen environment and terminal. */
final class Cli {

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    private final Map<String, String> environment = new HashMap<>();
    private Terminal terminal = Terminal.none();

    static Cli withUrl(String url) {
        return new Cli().env("TORC_API_URL", url);
    }

    Cli env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Cli terminal(Terminal terminal) {
        this.terminal = terminal;
        return this;
    }

    /** Runs {@code args} as {@code bin/torc} does: only the named command's branch is built. */
    Result run(String... args) {
        return run(TorcCommand.commandLine(new TorcCommand(environment, terminal), args), args);
    }

    /** Runs {@code args} with every command built. */
    Result runWithEveryCommand(String... args) {
        return run(TorcCommand.commandLine(new TorcCommand(environment, terminal)), args);
    }

    private static Result run(CommandLine command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int code = command.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A terminal that answers every password prompt with {@code password}, noting prompts. */
    static final class FakeTerminal implements Terminal {
        final List<String> prompts = new ArrayList<>();
        private final String password;

        FakeTerminal(String password) {
            this.password = password;
        }

        @Override
        public boolean isInteractive() {
            return true;
        }

        @Override
        public char[] readPassword(String prompt) {
            prompts.add(prompt);
            return password.toCharArray();
        }
    }
}
