package org.torc.cli.htpasswd;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.torc.identitystore.htpasswd.BcryptHash;
import org.torc.identitystore.htpasswd.HtpasswdEditor;
import org.torc.identitystore.htpasswd.HtpasswdFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code torc-htpasswd add}: adds a user, or sets the password of one already there. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = {
            "Adds a user to the htpasswd file, or sets the password of a user already in it.",
            "The file is created with mode 600 if it does not exist; other lines are kept as they"
                    + " are."
        },
        footer = {
            "",
            "Examples:",
            "  torc-htpasswd add --file /etc/torc/htpasswd alice",
            "  printf '%%s\\n' \"$PASSWORD\" | torc-htpasswd add --file htpasswd ci-runner",
            "  torc-htpasswd add --file test-htpasswd --cost 4 --password secret tester"
        })
class AddCommand implements Callable<Integer> {

    @ParentCommand HtpasswdCommand torcHtpasswd;
    @Spec CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "htpasswd file")
    Path file;

    @Mixin NewPasswordOptions newPassword;

    @Parameters(paramLabel = "USER", description = "user name")
    String user;

    @Override
    public Integer call() throws Exception {
        HtpasswdCommand.checkUser(spec, user);
        BcryptHash hash = newPassword.hash(torcHtpasswd, spec);

        HtpasswdFile before = HtpasswdEditor.edit(file, f -> f.withUser(user, hash));

        String message =
                before.entry(user).isPresent()
                        ? "Updated password of user '" + user + "' in " + file
                        : "Added user '" + user + "' to " + file;
        spec.commandLine().getOut().println(message);
        return 0;
    }
}
