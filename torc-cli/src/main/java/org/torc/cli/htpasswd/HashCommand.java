package org.torc.cli.htpasswd;

import java.util.concurrent.Callable;
import org.torc.identitystore.htpasswd.BcryptHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code torc-htpasswd hash}: prints {@code USER:HASH}, a line to send to an administrator. */
@Command(
        name = "hash",
        mixinStandardHelpOptions = true,
        description = {
            "Prints USER:HASH, a line for an administrator to add to the server's htpasswd file,"
                    + " so the password itself is never sent.",
            "USER defaults to $USER."
        },
        footer = {
            "",
            "Examples:",
            "  torc-htpasswd hash",
            "  torc-htpasswd hash alice > alice.htpasswd"
        })
class HashCommand implements Callable<Integer> {

    @ParentCommand HtpasswdCommand torcHtpasswd;
    @Spec CommandSpec spec;

    @Mixin NewPasswordOptions newPassword;

    @Parameters(paramLabel = "USER", arity = "0..1", description = "user name (default: $USER)")
    String user;

    @Override
    public Integer call() {
        String name = user != null ? user : torcHtpasswd.defaultUser();
        if (name == null) {
            throw new ParameterException(spec.commandLine(), "no USER given and $USER is not set");
        }
        HtpasswdCommand.checkUser(spec, name);

        BcryptHash hash = newPassword.hash(torcHtpasswd, spec);

        spec.commandLine().getOut().println(name + ":" + hash.value());
        return 0;
    }
}
