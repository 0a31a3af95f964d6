package org.torc.cli.htpasswd;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.torc.identitystore.htpasswd.HtpasswdEditor;
import org.torc.identitystore.htpasswd.HtpasswdFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code torc-htpasswd remove}: removes a user's line, keeping every other line. */
@Command(
        name = "remove",
        mixinStandardHelpOptions = true,
        description =
                "Removes a user from the htpasswd file; a running server stops accepting"
                        + " the user within seconds.",
        footer = {"", "Example:", "  torc-htpasswd remove --file /etc/torc/htpasswd bob"})
class RemoveCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "htpasswd file")
    Path file;

    @Parameters(paramLabel = "USER", description = "user name")
    String user;

    @Override
    public Integer call() throws Exception {
        HtpasswdCommand.requireExisting(file);

        HtpasswdFile before = HtpasswdEditor.edit(file, f -> f.withoutUser(user));

        if (before.entry(user).isEmpty()) {
            throw new HtpasswdFailure("user '" + user + "' is not in " + file);
        }
        spec.commandLine().getOut().println("Removed user '" + user + "' from " + file);
        return 0;
    }
}
