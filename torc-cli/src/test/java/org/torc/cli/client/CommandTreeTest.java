package org.torc.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Building only the named command's branch changes nothing a user sees. */
class CommandTreeTest {

    private static final List<List<String>> ARGUMENTS =
            List.of(
                    List.of(),
                    List.of("--help"),
                    List.of("-hV"),
                    List.of("--version"),
                    List.of("workflows"),
                    List.of("workflows", "--help"),
                    List.of("workflows", "-V"),
                    List.of("workflows", "list", "--help"),
                    List.of("workflows", "lst"),
                    List.of("workflows", "list", "extra"),
                    List.of("workflows", "list", "jobs"),
                    List.of("workflows", "run", "--help"),
                    List.of("workflows", "get", "abc"),
                    List.of("jobs", "--version"),
                    List.of("jobs", "list", "1", "--status", "nope"),
                    List.of("run", "--help"),
                    List.of("bogus"),
                    List.of("--bogus", "workflows", "list"),
                    List.of("--url"),
                    List.of("--username", "jobs", "workflows", "list"),
                    List.of("-f", "xml", "workflows", "list"),
                    List.of("--log-level=bogus", "workflows", "list"),
                    List.of("--", "workflows", "list"),
                    List.of("@/no/such/file"),
                    List.of("generate-completion"),
                    List.of("files", "--help"),
                    List.of("events", "-h"),
                    List.of("workflows", "bogus"),
                    List.of("workflows", "-x", "list"),
                    List.of("workflows", "--url", "list", "list"),
                    List.of("workflows", "-fjson", "list", "--bogus"),
                    List.of("workflows", "reset-status", "abc"),
                    List.of("workflows", "is-complete"),
                    List.of("workflows", "run", "--bogus"),
                    List.of("workflows", "create", "--help"),
                    List.of("workflows", "list", "-h", "--all-users"));

    @Test
    void everyCommandIsKnownByItsName() {
        Cli.Result help = new Cli().runWithEveryCommand("--help");
        for (String name : CommandTree.COMMANDS) {
            assertEquals(true, help.out().contains("\n  " + name + " "), name);
        }
    }

    @Test
    void theOutputIsTheSameAsWithEveryCommand() {
        Cli cli = Cli.withUrl("http://127.0.0.1:1/torc-service/v1");
        for (List<String> arguments : ARGUMENTS) {
            String[] args = arguments.toArray(String[]::new);
            assertEquals(cli.runWithEveryCommand(args), cli.run(args), arguments.toString());
        }
    }

    @Test
    void theTopLevelNeedsEveryCommandForHelpAndCompletion() {
        assertEquals(List.of(), CommandName.path("--help", "workflows", "list"));
        assertEquals(List.of(), CommandName.path("-fjson", "-h", "workflows"));
        assertEquals(List.of(), CommandName.path("generate-completion"));
        assertEquals(List.of(), CommandName.path("--password", "run", "run"));
        assertEquals(
                List.of("workflows", "list"),
                CommandName.path("-f", "json", "--url=u", "workflows", "list"));
        assertEquals(List.of("jobs", "list"), CommandName.path("--username", "me", "jobs", "list"));
    }

    @Test
    void theLevelBelowNeedsEveryCommandForHelpAndSeparateValues() {
        assertEquals(List.of("workflows"), CommandName.path("workflows", "--help", "list"));
        assertEquals(List.of("workflows"), CommandName.path("workflows", "-f", "json", "list"));
        assertEquals(List.of("workflows"), CommandName.path("workflows", "@args"));
        assertEquals(List.of("workflows", "get"), CommandName.path("workflows", "-fjson", "get"));
    }
}
