package org.torc.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code torc version}: the client's version and the server's. */
@Command(
        name = "version",
        mixinStandardHelpOptions = true,
        description = "Show the versions of this client and of the server.",
        footer = {
            "",
            "Examples:",
            "  torc version",
            "  torc --version      the client's version only, without asking the server"
        })
public final class VersionCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        ClientContext context = TorcCommand.context(spec);
        Output output = context.output();
        if (!output.isJson()) {
            output.line("client: " + ClientVersion.version());
        }
        JsonNode server = context.api().get("/version");
        if (output.isJson()) {
            ObjectNode versions = JsonNodeFactory.instance.objectNode();
            versions.put("client", ClientVersion.version());
            versions.set("server", server);
            output.json(versions);
            return 0;
        }
        output.line(
                "server: "
                        + server.path("version").asText("?")
                        + " (API "
                        + server.path("api_version").asText("?")
                        + ") at "
                        + context.api().base());
        return 0;
    }
}
