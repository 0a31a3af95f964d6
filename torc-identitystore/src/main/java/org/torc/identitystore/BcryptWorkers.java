package org.torc.identitystore;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The threads that run bcrypt, one per two cores (at least one), and a bound on the checks
 * admitted.
 *
 * <p>bcrypt is slow on purpose, so a flood of wrong passwords could take every core. Running it
 * here caps its share at half the cores, so requests whose credentials are cached, which never come
 * here, keep at least the other half: with a thread per core, 16 connections of wrong passwords on
 * two cores left a valid user 0.57 of its calm throughput in the benchmark.
 *
 * <p>At most 16 checks per thread may wait (about 4 s of work at cost 12); beyond that a check is
 * refused at once rather than left to queue without end, holding a request thread. The queue must
 * not be much shorter: a refused attacker comes back at once, and a flood of quick refusals costs
 * the server more than the same attackers waiting their turn (0.35 of calm throughput with 8).
 */
final class BcryptWorkers implements AutoCloseable {

    private static final int WAITING_PER_THREAD = 16;

    private final ExecutorService executor;
    private final Semaphore admitted;

    /** {@code threads} workers; up to {@code waiting} more checks may wait for one. */
    BcryptWorkers(int threads, int waiting) {
        AtomicInteger number = new AtomicInteger();
        this.executor =
                Executors.newFixedThreadPool(
                        threads,
                        task -> {
                            Thread thread =
                                    new Thread(task, "torc-bcrypt-" + number.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
        this.admitted = new Semaphore(threads + waiting);
    }

    /** One thread per two cores, at least one. */
    static BcryptWorkers sizedToCores() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        return new BcryptWorkers(threads, threads * WAITING_PER_THREAD);
    }

    /**
     * Runs a check on a worker and waits for its answer.
     *
     * @throws CredentialCheckBusyException if too many checks are running or waiting already
     */
    boolean run(Callable<Boolean> check) {
        if (!admitted.tryAcquire()) {
            throw new CredentialCheckBusyException();
        }
        try {
            return answer(executor.submit(check));
        } finally {
            admitted.release();
        }
    }

    /**
     * Queues a check without waiting for it; {@code then} gets its answer (false if it failed).
     * Answers false, and queues nothing, when too many checks are running or waiting already.
     */
    boolean submit(Callable<Boolean> check, Consumer<Boolean> then) {
        if (!admitted.tryAcquire()) {
            return false;
        }
        try {
            executor.execute(() -> runThenRelease(check, then));
            return true;
        } catch (RejectedExecutionException closed) {
            admitted.release();
            return false;
        }
    }

    private void runThenRelease(Callable<Boolean> check, Consumer<Boolean> then) {
        boolean valid = false;
        try {
            valid = check.call();
        } catch (Exception failed) {
            // a check that failed vouches for nothing: valid stays false
        } finally {
            admitted.release();
            then.accept(valid);
        }
    }

    private static boolean answer(Future<Boolean> answer) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("password check failed", e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
