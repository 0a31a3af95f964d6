package org.torc.web.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.torc.web.testing.RunningServer;

/**
 * The htpasswd file is replaced by a malformed one while two users keep the server busy: nobody is
 * locked out, no request fails, and a later valid file still takes effect. The credential cache is
 * off, so every request is checked against the users the server holds at that moment.
 */
@Timeout(120)
class HtpasswdReplacedUnderLoadIT {

    private static final int LOAD_THREADS = 4;
    private static final long RELOAD_WAIT_MILLIS = 8_000;

    @TempDir Path dir;

    private RunningServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void malformedReplacementLocksNobodyOutAndALaterValidFileTakesEffect() throws Exception {
        Path htpasswd = Users.newFile(dir, List.of(Users.ALICE_LINE, Users.BOB_LINE));
        server =
                RunningServer.start(
                        Map.of(
                                "torc.auth.file", htpasswd.toString(),
                                "torc.auth.required", "true",
                                "torc.auth.cacheTtlSecs", "0"));
        Service carol = new Service(server.baseUri(), Users.CAROL, Users.CAROL_PASSWORD);
        Load load = new Load();
        load.start();
        try {
            Thread.sleep(1000);
            Users.replace(
                    htpasswd,
                    List.of(
                            "# written by a broken tool",
                            Users.ALICE_LINE,
                            "not an htpasswd line"));
            assertTrue(
                    within(RELOAD_WAIT_MILLIS, () -> loggedSevere("line 3")),
                    "no ERROR naming line 3 of the malformed file:\n" + server.log());
            Thread.sleep(2000);

            Users.replace(htpasswd, List.of(Users.ALICE_LINE, Users.BOB_LINE, Users.CAROL_LINE));
            assertTrue(
                    within(RELOAD_WAIT_MILLIS, () -> carol.status("/workflows") == 200),
                    "a valid file after the malformed one was not applied");
        } finally {
            load.stop();
        }

        assertEquals(List.of(), load.failures(), "requests of alice and bob that failed");
        assertTrue(load.succeeded() > 20, "too little load to show anything: " + load.succeeded());
    }

    private boolean loggedSevere(String text) {
        return server.log()
                .lines()
                .anyMatch(line -> line.contains("SEVERE") && line.contains(text));
    }

    private static boolean within(long millis, BooleanSupplier condition)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    /** Alice and bob asking for their workflows as fast as they can, on several threads. */
    private final class Load {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger succeeded = new AtomicInteger();
        private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
        private final List<Thread> threads = new ArrayList<>();

        void start() {
            for (int i = 0; i < LOAD_THREADS; i++) {
                Service user =
                        i % 2 == 0
                                ? new Service(server.baseUri(), Users.ALICE, Users.ALICE_PASSWORD)
                                : new Service(server.baseUri(), Users.BOB, Users.BOB_PASSWORD);
                Thread thread = new Thread(() -> keepAsking(user), "load-" + i);
                threads.add(thread);
                thread.start();
            }
        }

        private void keepAsking(Service user) {
            while (running.get()) {
                int status;
                try {
                    status = user.status("/workflows");
                } catch (RuntimeException e) {
                    status = -1;
                }
                if (status == 200) {
                    succeeded.incrementAndGet();
                } else if (failures.size() < 20) {
                    failures.add(Thread.currentThread().getName() + " got " + status);
                } else {
                    return;
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(30_000);
            }
        }

        int succeeded() {
            return succeeded.get();
        }

        List<String> failures() {
            return new ArrayList<>(failures);
        }
    }
}
