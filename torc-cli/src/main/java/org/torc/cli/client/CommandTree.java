package org.torc.cli.client;

import java.lang.reflect.Method;
import java.util.List;
import org.torc.cli.client.jobs.JobsCommand;
import org.torc.cli.client.records.EventsCommand;
import org.torc.cli.client.records.FilesCommand;
import org.torc.cli.client.records.ResultsCommand;
import org.torc.cli.client.records.UserDataCommand;
import org.torc.cli.client.runner.RunCommand;
import org.torc.cli.client.runner.RunWorkflowCommand;
import org.torc.cli.client.workflows.WorkflowsCommand;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds the picocli model of {@code torc}'s commands: the whole tree, or only the branch some
 * arguments need, since building every command's model takes a good part of a short run.
 *
 * <p>A branch has only the named command and, under {@code workflows}, only the named command below
 * it. Wrong usage at a level built in part runs again with the whole tree, so messages, help and
 * exit codes are the same.
 */
final class CommandTree {

    /** The commands under {@code torc}, in the order the help lists them. */
    static final List<String> COMMANDS =
            List.of(
                    "ping",
                    "version",
                    "workflows",
                    "jobs",
                    "files",
                    "user-data",
                    "results",
                    "events",
                    "run",
                    "generate-completion");

    private CommandTree() {}

    /** Every command under {@code command}, with torc's error handling. */
    static CommandLine whole(TorcCommand command) {
        CommandLine root = new CommandLine(command);
        for (String name : COMMANDS) {
            root.addSubcommand(subcommand(name));
        }
        return configured(root);
    }

    /** The branch {@code args} need, or the whole tree when they may need every command. */
    static CommandLine forArguments(TorcCommand command, String... args) {
        List<String> path = CommandName.path(args);
        if (path.isEmpty()) {
            return whole(command);
        }
        CommandLine root = new CommandLine(command);
        CommandLine partial = path.size() > 1 ? workflowsBranch(path) : null;
        root.addSubcommand(partial != null ? partial : subcommand(path.get(0)));
        configured(root);
        CommandLine.IParameterExceptionHandler usual = root.getParameterExceptionHandler();
        root.setParameterExceptionHandler(
                (failure, arguments) -> {
                    CommandLine where = failure.getCommandLine();
                    if (where != root && where != partial) {
                        return usual.handleParseException(failure, arguments);
                    }
                    CommandLine whole = whole(command.fresh());
                    whole.setOut(root.getOut());
                    whole.setErr(root.getErr());
                    return whole.execute(arguments);
                });
        return root;
    }

    private static CommandLine configured(CommandLine root) {
        root.setCaseInsensitiveEnumValuesAllowed(true);
        root.setExecutionExceptionHandler(TorcCommand::handleFailure);
        return root;
    }

    private static Object subcommand(String name) {
        return switch (name) {
            case "ping" -> new PingCommand();
            case "version" -> new VersionCommand();
            case "workflows" -> workflows();
            case "jobs" -> new JobsCommand();
            case "files" -> new FilesCommand();
            case "user-data" -> new UserDataCommand();
            case "results" -> new ResultsCommand();
            case "events" -> new EventsCommand();
            case "run" -> new RunCommand();
            case "generate-completion" -> new AutoComplete.GenerateCompletion();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    private static CommandLine workflows() {
        // The run command is added here rather than in WorkflowsCommand, so the workflows
        // package does not depend on the runner, which depends on it to create workflows.
        CommandLine workflows = new CommandLine(new WorkflowsCommand());
        workflows.getCommandSpec().addMethodSubcommands();
        return workflows.addSubcommand("run", new RunWorkflowCommand());
    }

    /** {@code workflows} with only the command {@code path} names below it, if it has one. */
    private static CommandLine workflowsBranch(List<String> path) {
        if (!path.get(0).equals("workflows")) {
            return null;
        }
        String name = path.get(1);
        if (name.equals("run")) {
            return new CommandLine(new WorkflowsCommand())
                    .addSubcommand("run", new RunWorkflowCommand());
        }
        for (Method method : CommandLine.getCommandMethods(WorkflowsCommand.class, null)) {
            if (method.getAnnotation(Command.class).name().equals(name)) {
                return new CommandLine(new WorkflowsCommand())
                        .addSubcommand(new CommandLine(method));
            }
        }
        return null;
    }
}
