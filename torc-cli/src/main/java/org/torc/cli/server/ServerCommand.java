package org.torc.cli.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** {@code torc-server}: runs the Torc server on Payara Micro. */
@Command(
        name = "torc-server",
        mixinStandardHelpOptions = true,
        versionProvider = ServerCommand.Version.class,
        description = "Runs the Torc workflow orchestration server.",
        subcommands = {RunCommand.class, HelpCommand.class},
        footer = {
            "",
            "Examples:",
            "  torc-server run",
            "  torc-server run --port 9000 --database postgresql://postgres@127.0.0.1:5432/torc",
            "  torc-server run --auth-file /etc/torc/htpasswd --require-auth"
        })
public class ServerCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try: run)");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with torc's conventions: usage errors exit 2, failures 1. */
    public static CommandLine commandLine() {
        return new CommandLine(new ServerCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(
                        (e, args) -> {
                            CommandLine cmd = e.getCommandLine();
                            cmd.getErr()
                                    .println(
                                            "torc-server: "
                                                    + e.getMessage()
                                                    + " (see: "
                                                    + cmd.getCommandSpec().qualifiedName()
                                                    + " --help)");
                            return 2;
                        })
                .setExecutionExceptionHandler(
                        (e, cmd, parsed) -> {
                            cmd.getErr().println("torc-server: " + e.getMessage());
                            return 1;
                        });
    }

    /** The version printed by {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ServerCommand.class.getPackage().getImplementationVersion();
            return new String[] {"torc-server " + (version == null ? "development" : version)};
        }
    }
}
