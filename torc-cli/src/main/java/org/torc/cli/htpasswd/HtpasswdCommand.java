package org.torc.cli.htpasswd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.torc.identitystore.htpasswd.Bcrypt;
import org.torc.identitystore.htpasswd.BcryptHash;
import org.torc.identitystore.htpasswd.HtpasswdFile;
import org.torc.identitystore.htpasswd.HtpasswdFormatException;
import org.torc.identitystore.htpasswd.Passwords;
import org.torc.identitystore.htpasswd.UserNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code torc-htpasswd}: manages the users of a Torc server, kept in an htpasswd file. */
@Command(
        name = "torc-htpasswd",
        mixinStandardHelpOptions = true,
        versionProvider = HtpasswdCommand.Version.class,
        description = {
            "Manages the users of a Torc server: an htpasswd file of bcrypt hashes, compatible"
                    + " with Apache's htpasswd -B.",
            "Without --password, the password is asked twice without echo on a terminal, or read"
                    + " as one line of standard input."
        },
        subcommands = {
            AddCommand.class,
            ListCommand.class,
            VerifyCommand.class,
            RemoveCommand.class,
            HashCommand.class,
            HelpCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 success, 1 failure, 2 wrong usage.",
            "",
            "Examples:",
            "  torc-htpasswd add --file /etc/torc/htpasswd alice",
            "  echo \"$PASSWORD\" | torc-htpasswd add --file /etc/torc/htpasswd ci-runner",
            "  torc-htpasswd list --file /etc/torc/htpasswd",
            "  torc-htpasswd hash alice >> request-for-admin.txt"
        })
public class HtpasswdCommand implements Runnable {

    private final PasswordInput passwords;
    private final Map<String, String> environment;

    @CommandLine.Spec CommandSpec spec;

    /** With this process's terminal, standard input and environment. */
    public HtpasswdCommand() {
        this(PasswordInput.system(), System.getenv());
    }

    public HtpasswdCommand(PasswordInput passwords, Map<String, String> environment) {
        this.passwords = passwords;
        this.environment = environment;
    }

    public static void main(String[] args) {
        System.exit(configure(new CommandLine(new HtpasswdCommand())).execute(args));
    }

    /** Applies torc's conventions: one-line errors, usage errors exit 2, failures exit 1. */
    public static CommandLine configure(CommandLine commandLine) {
        return commandLine
                .setParameterExceptionHandler(HtpasswdCommand::usageError)
                .setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd));
    }

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "missing command (try: add, list, verify, remove, hash)");
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        cmd.getErr()
                .println(
                        "torc-htpasswd: "
                                + e.getMessage()
                                + " (see: "
                                + cmd.getCommandSpec().qualifiedName()
                                + " --help)");
        return CommandLine.ExitCode.USAGE;
    }

    private static int failure(Exception e, CommandLine cmd) {
        cmd.getErr().println("torc-htpasswd: " + describe(e));
        return CommandLine.ExitCode.SOFTWARE;
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (cause instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (cause instanceof HtpasswdFormatException
                || cause instanceof HtpasswdFailure
                || cause instanceof IllegalArgumentException) {
            return cause.getMessage();
        }
        if (cause instanceof IOException) {
            return cause.toString();
        }
        return "unexpected error: " + cause;
    }

    /**
     * @throws ParameterException if the user name may not be used
     */
    static void checkUser(CommandSpec spec, String user) {
        UserNames.problem(user)
                .ifPresent(
                        problem -> {
                            throw new ParameterException(
                                    spec.commandLine(), "invalid user name: " + problem);
                        });
    }

    /**
     * @throws ParameterException if the cost is outside 4 to 31; warns below 10
     */
    static void checkCost(CommandSpec spec, int cost) {
        try {
            Bcrypt.checkCost(cost);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--cost: " + e.getMessage());
        }
        if (cost < Bcrypt.RECOMMENDED_MIN_COST) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "torc-htpasswd: warning: cost "
                                    + cost
                                    + " is for testing only; use "
                                    + Bcrypt.RECOMMENDED_MIN_COST
                                    + " or more for real users (default "
                                    + Bcrypt.DEFAULT_COST
                                    + ")");
        }
    }

    /** Hashes the password given, or asked for twice; the password is cleared after. */
    BcryptHash hashNewPassword(String option, int cost) {
        char[] chars = option != null ? option.toCharArray() : passwords.newPassword();
        byte[] password = Passwords.utf8(chars);
        try {
            return Bcrypt.hash(password, cost);
        } finally {
            Arrays.fill(chars, '\0');
            Arrays.fill(password, (byte) 0);
        }
    }

    /** Whether the password given, or asked for once, matches the hash. */
    boolean matches(String option, BcryptHash hash) {
        char[] chars = option != null ? option.toCharArray() : passwords.existingPassword();
        byte[] password = Passwords.utf8(chars);
        try {
            return Bcrypt.matches(password, hash);
        } finally {
            Arrays.fill(chars, '\0');
            Arrays.fill(password, (byte) 0);
        }
    }

    /** list, verify and remove need a file to work on; they never create one. */
    static void requireExisting(Path file) {
        if (!Files.exists(file)) {
            throw new HtpasswdFailure("htpasswd file " + file + " does not exist");
        }
    }

    static HtpasswdFile loadExisting(Path file) throws IOException {
        requireExisting(file);
        return HtpasswdFile.load(file);
    }

    /** The user name {@code hash} uses when none is given: {@code $USER}. */
    String defaultUser() {
        return environment.get("USER");
    }

    /** The version printed by {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = HtpasswdCommand.class.getPackage().getImplementationVersion();
            return new String[] {"torc-htpasswd " + (version == null ? "development" : version)};
        }
    }
}
