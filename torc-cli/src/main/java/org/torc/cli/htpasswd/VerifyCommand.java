package org.torc.cli.htpasswd;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.torc.identitystore.htpasswd.HtpasswdEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code torc-htpasswd verify}: exit 0 when the password is the user's, 1 when not. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Checks a user's password: exit code 0 when it is correct, 1 when it is not.",
        footer = {
            "",
            "Examples:",
            "  torc-htpasswd verify --file /etc/torc/htpasswd alice",
            "  torc-htpasswd verify --file htpasswd --password \"$TORC_PASSWORD\" ci-runner"
        })
class VerifyCommand implements Callable<Integer> {

    @ParentCommand HtpasswdCommand torcHtpasswd;
    @Spec CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "htpasswd file")
    Path file;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            description =
                    "the password; other users of this machine may see it in the process list")
    String password;

    @Parameters(paramLabel = "USER", description = "user name")
    String user;

    @Override
    public Integer call() throws Exception {
        HtpasswdEntry entry =
                HtpasswdCommand.loadExisting(file)
                        .entry(user)
                        .orElseThrow(
                                () -> new HtpasswdFailure("user '" + user + "' is not in " + file));

        boolean correct = torcHtpasswd.matches(password, entry.hash());

        String verdict = correct ? "correct" : "wrong";
        spec.commandLine().getOut().println("Password of user '" + user + "' is " + verdict);
        return correct ? 0 : 1;
    }
}
