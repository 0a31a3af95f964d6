package org.torc.cli.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.torc.cli.client.http.Terminal;
import picocli.CommandLine;

/**
 * Runs common client commands against a stand-in server in this process, printing nothing, so that
 * {@code bin/torc-launch} can record the classes they load in a class data sharing archive ({@code
 * -XX:ArchiveClassesAtExit}); later runs map those classes instead of loading them.
 *
 * <p>Exits 0 only if every command succeeded, so the launcher keeps no archive from a broken run.
 */
public final class StartupTraining {

    private static final String WORKFLOW =
            "{\"id\":1,\"name\":\"training\",\"user\":\"torc\",\"description\":\"warm-up\","
                    + "\"timestamp\":\"2026-01-01T00:00:00.000Z\",\"status_id\":1}";
    private static final String PAGE =
            "{\"items\":["
                    + WORKFLOW
                    + "],\"offset\":0,\"count\":1,\"total_count\":1,"
                    + "\"has_more\":false}";

    private static final List<List<String>> COMMANDS =
            List.of(
                    List.of("workflows", "list"),
                    List.of("-f", "json", "workflows", "list", "--all-users"),
                    List.of("workflows", "get", "1"),
                    List.of("jobs", "list", "1"));

    private StartupTraining() {}

    public static void main(String[] args) throws IOException {
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", StartupTraining::answer);
        server.start();
        int failures = 0;
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/torc-service/v1";
            for (List<String> command : COMMANDS) {
                failures += run(url, command) == 0 ? 0 : 1;
            }
        } finally {
            server.stop(0);
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static int run(String url, List<String> command) {
        Map<String, String> environment = Map.of("TORC_API_URL", url, "USER", "torc");
        String[] args = command.toArray(String[]::new);
        CommandLine commandLine =
                TorcCommand.commandLine(new TorcCommand(environment, Terminal.none()), args);
        commandLine.setOut(new PrintWriter(Writer.nullWriter()));
        commandLine.setErr(new PrintWriter(Writer.nullWriter()));
        return commandLine.execute(args);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
