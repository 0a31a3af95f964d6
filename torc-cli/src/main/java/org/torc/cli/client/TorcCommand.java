package org.torc.cli.client;

import java.nio.file.Path;
import java.util.Map;
import org.torc.cli.client.http.ApiException;
import org.torc.cli.client.http.Terminal;
import org.torc.cli.client.spec.SpecException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code torc}: create, run and inspect workflows on a torc server. */
@Command(
        name = "torc",
        mixinStandardHelpOptions = true,
        versionProvider = ClientVersion.class,
        description = "Create, run and inspect workflows on a torc server.",
        footer = {
            "",
            "Environment: TORC_API_URL, TORC_USERNAME, TORC_PASSWORD, TORC_CA_CERT.",
            "",
            "Examples:",
            "  torc run workflow.yaml                 create a workflow and run its jobs here",
            "  torc workflows list",
            "  torc -f json jobs list 12 --status failed",
            "  source <(torc generate-completion)     tab completion in bash or zsh"
        })
public final class TorcCommand implements Runnable {

    @Option(
            names = "--url",
            scope = ScopeType.INHERIT,
            paramLabel = "URL",
            description =
                    "Server URL (env TORC_API_URL; default " + ClientContext.DEFAULT_URL + ")")
    String url;

    @Option(
            names = "--username",
            scope = ScopeType.INHERIT,
            paramLabel = "USER",
            description = "User for HTTP Basic authentication (env TORC_USERNAME)")
    String username;

    @Option(
            names = "--password",
            scope = ScopeType.INHERIT,
            paramLabel = "PASSWORD",
            description =
                    "Password (env TORC_PASSWORD, preferred: a flag shows in the process list);"
                            + " asked for on a terminal if missing")
    String password;

    @Option(
            names = "--ca-cert",
            scope = ScopeType.INHERIT,
            paramLabel = "FILE",
            description = "PEM certificate to trust for https (env TORC_CA_CERT)")
    Path caCert;

    @Option(
            names = {"-f", "--format"},
            scope = ScopeType.INHERIT,
            defaultValue = "table",
            paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    Format format = Format.table;

    @Option(
            names = "--log-level",
            scope = ScopeType.INHERIT,
            defaultValue = "warn",
            paramLabel = "LEVEL",
            description = "Log level: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    LogLevel logLevel = LogLevel.warn;

    @Spec CommandSpec spec;

    private final Map<String, String> environment;
    private final Terminal terminal;
    private ClientContext context;

    public TorcCommand() {
        this(System.getenv(), Terminal.system());
    }

    /** A command reading {@code environment} and asking passwords on {@code terminal}. */
    public TorcCommand(Map<String, String> environment, Terminal terminal) {
        this.environment = Map.copyOf(environment);
        this.terminal = terminal;
    }

    public static void main(String[] args) {
        preferVforkForJobs();
        System.exit(commandLine(new TorcCommand(), args).execute(args));
    }

    /**
     * On Linux, JDK 17 starts processes through a helper program by default: two program loads per
     * job. vfork loads the job's program directly and takes about half the time and CPU (0.85 ms
     * rather than 1.5 ms per start, measured here). An operator's own setting stands; JDKs after
     * 21, which may drop vfork, keep their default.
     */
    static void preferVforkForJobs() {
        String key = "jdk.lang.Process.launchMechanism";
        boolean linux = System.getProperty("os.name", "").startsWith("Linux");
        if (linux && System.getProperty(key) == null && Runtime.version().feature() <= 21) {
            System.setProperty(key, "VFORK");
        }
    }

    /** The command line for {@code command} with every command, and torc's error handling. */
    public static CommandLine commandLine(TorcCommand command) {
        return CommandTree.whole(command);
    }

    /**
     * A command line that runs {@code args} as {@link #commandLine(TorcCommand)} would, built
     * faster: only the branch of the command tree they need ({@link CommandTree}).
     */
    public static CommandLine commandLine(TorcCommand command, String... args) {
        return CommandTree.forArguments(command, args);
    }

    /** A command like this one before parsing: same environment and terminal. */
    TorcCommand fresh() {
        return new TorcCommand(environment, terminal);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed");
    }

    /** The context of the command {@code spec} belongs to. */
    public static ClientContext context(CommandSpec spec) {
        TorcCommand root = (TorcCommand) spec.root().userObject();
        return root.context(spec.commandLine());
    }

    private ClientContext context(CommandLine current) {
        if (context == null) {
            context =
                    new ClientContext(
                            this, environment, terminal, current.getOut(), current.getErr());
        }
        return context;
    }

    /** One line for failures people can act on; a stack trace only with debug logging. */
    static int handleFailure(
            Exception failure, CommandLine commandLine, CommandLine.ParseResult parsed) {
        TorcCommand root = (TorcCommand) commandLine.getCommandSpec().root().userObject();
        boolean debug = root.logLevel.level().intValue() <= LogLevel.debug.level().intValue();
        commandLine.getErr().println("torc: " + message(failure));
        if (debug) {
            failure.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return 1;
    }

    private static boolean isExpected(Exception failure) {
        return failure instanceof ApiException
                || failure instanceof CommandFailure
                || failure instanceof SpecException;
    }

    private static String message(Exception failure) {
        if (isExpected(failure)) {
            return failure.getMessage();
        }
        return "unexpected error: " + failure + " (--log-level debug shows where)";
    }
}
