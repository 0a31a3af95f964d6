package org.torc.cli.htpasswd;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.torc.identitystore.htpasswd.HtpasswdEntry;
import org.torc.identitystore.htpasswd.HtpasswdFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code torc-htpasswd list}: prints the user names, one per line, in file order. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Prints the users of the htpasswd file, one per line, in file order.",
        footer = {"", "Example:", "  torc-htpasswd list --file /etc/torc/htpasswd"})
class ListCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "htpasswd file")
    Path file;

    @Override
    public Integer call() throws Exception {
        HtpasswdFile htpasswd = HtpasswdCommand.loadExisting(file);

        for (HtpasswdEntry entry : htpasswd.entries()) {
            spec.commandLine().getOut().println(entry.user());
        }
        return 0;
    }
}
