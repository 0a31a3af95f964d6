package org.torc.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code torc ping}: is the server there and answering? */
@Command(
        name = "ping",
        mixinStandardHelpOptions = true,
        description = "Check that the server answers.",
        footer = {
            "",
            "Examples:",
            "  torc ping",
            "  torc --url https://torc.example.org/torc-service/v1 ping"
        })
public final class PingCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        ClientContext context = TorcCommand.context(spec);
        JsonNode answer = context.api().get("/ping");
        context.output()
                .print(
                        answer,
                        () ->
                                context.output()
                                        .line(
                                                "torc server at "
                                                        + context.api().base()
                                                        + ": "
                                                        + answer.path("status").asText("?")));
        return 0;
    }
}
