package org.torc.web.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.torc.web.testing.RunningServer;

/**
 * Two server processes share one PostgreSQL database and eight runners claim through both at once:
 * every job is handed out exactly once. Skipped with a reason when PostgreSQL is not reachable,
 * unless {@code torc.requireExternal} is true.
 */
class TwoServersClaimIT {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final int JOBS = 400;

    private static String database;
    private static List<RunningServer> servers = List.of();

    @BeforeAll
    static void startTwoServers() {
        requirePostgres();
        database = "torc_test_" + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE DATABASE " + database);
        Map<String, String> config =
                Map.of("torc.database.url", POSTGRES + database + "?user=postgres");
        servers = List.of(RunningServer.start(config), RunningServer.start(config));
    }

    @AfterAll
    static void stopThem() {
        servers.forEach(RunningServer::stop);
        if (database != null) {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void runnersOnTwoServersClaimEveryJobExactlyOnce() throws Exception {
        Api first = new Api(servers.get(0));
        long wf = first.workflow("two servers", "alice");
        StringBuilder jobs = new StringBuilder();
        for (int i = 0; i < JOBS; i++) {
            jobs.append(i == 0 ? "" : ",")
                    .append(
                            "{'workflow_id': %d, 'name': 'j%d', 'command': 'true'}"
                                    .formatted(wf, i));
        }
        first.post("bulk_jobs", "{'jobs': [" + jobs + "]}").ok();
        first.post("workflows/" + wf + "/initialize_jobs", "{}").ok();

        List<Long> claimed = claimThroughBoth(wf);

        assertEquals(JOBS, claimed.size());
        assertEquals(JOBS, new HashSet<>(claimed).size());
        JsonNode pending = first.get("jobs?workflow_id=" + wf + "&status=pending&limit=0").ok();
        assertEquals(JOBS, pending.path("total_count").asInt());
    }

    private static List<Long> claimThroughBoth(long wf) throws Exception {
        ExecutorService runners = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(runners.submit(runner(new Api(servers.get(i % 2)), wf)));
            }
            List<Long> claimed = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                claimed.addAll(result.get(180, TimeUnit.SECONDS));
            }
            return claimed;
        } finally {
            runners.shutdownNow();
        }
    }

    private static Callable<List<Long>> runner(Api api, long wf) {
        return () -> {
            List<Long> mine = new ArrayList<>();
            while (true) {
                int limit = ThreadLocalRandom.current().nextInt(1, 11);
                JsonNode jobs =
                        api.post("workflows/" + wf + "/claim_next_jobs?limit=" + limit, "{}")
                                .ok()
                                .path("jobs");
                if (jobs.isEmpty()) {
                    return mine;
                }
                jobs.forEach(job -> mine.add(job.path("id").asLong()));
            }
        };
    }

    private static void requirePostgres() {
        try (Connection ignored =
                DriverManager.getConnection(POSTGRES + "postgres", "postgres", "")) {
            return;
        } catch (SQLException e) {
            String reason = "PostgreSQL not reachable at 127.0.0.1:5432: " + e.getMessage();
            if (Boolean.getBoolean("torc.requireExternal")) {
                throw new AssertionError(reason);
            }
            Assumptions.abort(reason);
        }
    }

    private static void admin(String sql) {
        try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
