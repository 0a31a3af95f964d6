package org.torc.identitystore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torc.identitystore.CredentialCache.Recall;

class HtpasswdAuthenticatorTest {

    @TempDir Path dir;

    /** One worker and no waiting: while a check runs, any other check is refused. */
    final BcryptWorkers workers = new BcryptWorkers(1, 0);

    HtpasswdAuthenticator authenticator;

    @BeforeEach
    void load() throws Exception {
        // CredentialCacheTest.HASH is htpasswd -nbB -C 4 alice 'pa:ss'.
        Path file = dir.resolve("htpasswd");
        Files.writeString(file, "alice:" + CredentialCacheTest.HASH.value() + "\n");
        HtpasswdUsers users = HtpasswdUsers.load(file, changed -> {});
        authenticator =
                new HtpasswdAuthenticator(
                        users, CredentialCache.withTtl(Duration.ofSeconds(60)), workers);
    }

    @AfterEach
    void close() {
        authenticator.close();
    }

    @Test
    void theRightPasswordAuthenticatesTheUser() {
        assertEquals(Optional.of("alice"), authenticator.authenticate("alice", utf8("pa:ss")));
    }

    @Test
    void aWrongPasswordOrAnUnknownUserDoesNot() {
        assertEquals(Optional.empty(), authenticator.authenticate("alice", utf8("pa:sS")));
        assertEquals(Optional.empty(), authenticator.authenticate("mallory", utf8("pa:ss")));
        assertEquals(Optional.empty(), authenticator.authenticate("alice", utf8("")));
    }

    @Test
    void cachedCredentialsDoNotWaitForBusyWorkers() throws Exception {
        authenticator.authenticate("alice", utf8("pa:ss"));

        try (Occupied busy = occupy()) {
            assertEquals(Optional.of("alice"), authenticator.authenticate("alice", utf8("pa:ss")));
            assertThrows(
                    CredentialCheckBusyException.class,
                    () -> authenticator.authenticate("alice", utf8("wrong")));
        }
    }

    @Test
    void anUnknownUserStillCostsABcryptCheck() throws Exception {
        try (Occupied busy = occupy()) {
            assertThrows(
                    CredentialCheckBusyException.class,
                    () -> authenticator.authenticate("mallory", utf8("guess")));
        }
    }

    @Test
    void concurrentChecksOfTheSameCredentialsShareOneBcryptRun() throws Exception {
        BcryptWorkers oneWaiting = new BcryptWorkers(1, 1);
        HtpasswdAuthenticator sharing = withWorkers(oneWaiting);
        try (Occupied busy = occupy(oneWaiting)) {
            // The worker is taken and one check may wait: only shared checks all get through.
            List<CompletableFuture<Optional<String>>> checks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                checks.add(
                        CompletableFuture.supplyAsync(
                                () -> sharing.authenticate("alice", utf8("pa:ss")),
                                Executors.newSingleThreadExecutor()));
            }
            Thread.sleep(300);
            busy.close();
            for (CompletableFuture<Optional<String>> check : checks) {
                assertEquals(Optional.of("alice"), check.get(10, TimeUnit.SECONDS));
            }
        } finally {
            sharing.close();
        }
    }

    @Test
    void dueCredentialsPassAtOnceAndAreRenewedWhenAWorkerIsFree() throws Exception {
        AtomicLong now = new AtomicLong();
        BcryptWorkers oneWaiting = new BcryptWorkers(1, 1);
        CredentialCache cache = new CredentialCache(Duration.ofSeconds(60), 100, now::get);
        HtpasswdAuthenticator renewing = new HtpasswdAuthenticator(users(), cache, oneWaiting);
        String key = cache.keyOf("alice", utf8("pa:ss"));
        try {
            assertEquals(Optional.of("alice"), renewing.authenticate("alice", utf8("pa:ss")));
            now.addAndGet(Duration.ofSeconds(61).toNanos());
            try (Occupied busy = occupy(oneWaiting)) {
                // The only worker is busy: the answer does not wait, the renewal does.
                assertEquals(Optional.of("alice"), renewing.authenticate("alice", utf8("pa:ss")));
                assertEquals(Recall.DUE, cache.recall(key, "alice", CredentialCacheTest.HASH));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (cache.recall(key, "alice", CredentialCacheTest.HASH) != Recall.FRESH
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(Recall.FRESH, cache.recall(key, "alice", CredentialCacheTest.HASH));
        } finally {
            renewing.close();
        }
    }

    @Test
    void credentialsCheckedMoreThanTwoTtlsAgoWaitForANewCheck() throws Exception {
        AtomicLong now = new AtomicLong();
        CredentialCache cache = new CredentialCache(Duration.ofSeconds(60), 100, now::get);
        HtpasswdAuthenticator later = new HtpasswdAuthenticator(users(), cache, workers);
        assertEquals(Optional.of("alice"), later.authenticate("alice", utf8("pa:ss")));
        now.addAndGet(Duration.ofSeconds(120).toNanos());

        try (Occupied busy = occupy()) {
            assertThrows(
                    CredentialCheckBusyException.class,
                    () -> later.authenticate("alice", utf8("pa:ss")));
        }
    }

    private HtpasswdUsers users() throws Exception {
        return HtpasswdUsers.load(dir.resolve("htpasswd"), changed -> {});
    }

    private HtpasswdAuthenticator withWorkers(BcryptWorkers others) throws Exception {
        HtpasswdUsers users = HtpasswdUsers.load(dir.resolve("htpasswd"), changed -> {});
        return new HtpasswdAuthenticator(
                users, CredentialCache.withTtl(Duration.ofSeconds(60)), others);
    }

    private Occupied occupy() throws InterruptedException {
        return occupy(workers);
    }

    /** Keeps the only worker busy until closed. */
    private static Occupied occupy(BcryptWorkers workers) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> running =
                CompletableFuture.supplyAsync(
                        () ->
                                workers.run(
                                        () -> {
                                            started.countDown();
                                            release.await();
                                            return false;
                                        }));
        started.await();
        return () -> {
            release.countDown();
            running.join();
        };
    }

    private interface Occupied extends AutoCloseable {
        @Override
        void close();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
