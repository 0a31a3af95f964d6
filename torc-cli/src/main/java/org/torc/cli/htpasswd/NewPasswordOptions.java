package org.torc.cli.htpasswd;

import org.torc.identitystore.htpasswd.BcryptHash;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options of the commands that hash a new password: {@code --password} and {@code --cost}. */
class NewPasswordOptions {

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            description =
                    "the password; other users of this machine may see it in the process list")
    String password;

    @Option(
            names = "--cost",
            paramLabel = "N",
            defaultValue = "12",
            description =
                    "bcrypt cost, 4 to 31 (default: ${DEFAULT-VALUE}); each step doubles the work")
    int cost;

    /** Checks the cost (a usage error in {@code spec}), then hashes the given or asked password. */
    BcryptHash hash(HtpasswdCommand torcHtpasswd, CommandSpec spec) {
        HtpasswdCommand.checkCost(spec, cost);
        return torcHtpasswd.hashNewPassword(password, cost);
    }
}
