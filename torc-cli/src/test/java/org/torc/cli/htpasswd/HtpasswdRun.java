package org.torc.cli.htpasswd;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** One in-process run of torc-htpasswd: its exit code and what it printed. */
record HtpasswdRun(int exitCode, String out, String err) {

    /** Runs with standard input holding {@code stdin} and no terminal. */
    static HtpasswdRun withStdin(String stdin, String... args) {
        return run(
                new PasswordInput(
                        null, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))),
                args);
    }

    /** Runs with a terminal that answers the prompts in turn and records them. */
    static HtpasswdRun withTerminal(List<String> answers, List<String> prompts, String... args) {
        Deque<String> remaining = new ArrayDeque<>(answers);
        PasswordInput.Terminal terminal =
                prompt -> {
                    prompts.add(prompt);
                    return remaining.isEmpty() ? null : remaining.pop().toCharArray();
                };
        return run(new PasswordInput(terminal, new ByteArrayInputStream(new byte[0])), args);
    }

    static HtpasswdRun run(PasswordInput passwords, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd =
                HtpasswdCommand.configure(
                        new CommandLine(new HtpasswdCommand(passwords, Map.of("USER", "carol"))));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exitCode = cmd.execute(args);
        return new HtpasswdRun(exitCode, out.toString(), err.toString());
    }

    /** The single line of standard error. */
    String errorLine() {
        List<String> lines = err.strip().lines().toList();
        if (lines.size() != 1) {
            throw new AssertionError("expected one line on stderr, got: " + err);
        }
        return lines.get(0);
    }
}
