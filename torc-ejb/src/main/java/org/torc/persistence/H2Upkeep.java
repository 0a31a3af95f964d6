package org.torc.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Upkeep of the embedded H2 file: four times a second its writes are forced to disk, so that H2 may
 * reuse freed space after 2 s rather than 45, and every 2 s chunks that hold mostly superseded data
 * are rewritten.
 *
 * <p>Why: H2 never overwrites data in place. It writes each commit to free space and frees what it
 * replaced, but uses that space again only after {@code RETENTION_TIME}, so that a power cut before
 * the operating system wrote the new data still finds the old. Its default of 45 s trusts the
 * operating system to write within that time. With every commit written at once ({@code
 * WRITE_DELAY=0}), four runners wrote about 20 MB a second, and the file grew to 1.35 GB in the
 * benchmark's 22,000 jobs. Once the writes are forced to disk every 250 ms, 2 s of retention is as
 * safe unless forcing them takes longer than 1.75 s. H2's own compaction runs on a background
 * thread that {@code WRITE_DELAY=0} also stops; without it, chunks that kept a little live data
 * were never freed, and the file was twice as large. Compacting every 250 ms instead cost a sixth
 * of the server's CPU per job, and commits waited for it.
 *
 * <p>A server killed by a signal loses nothing either way: its writes are in the operating system's
 * hands as soon as a commit is answered.
 */
final class H2Upkeep implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("torc.server.database");

    /**
     * Time between rounds. With {@code RETENTION_TIME=2000} in {@link DatabaseSettings#embedded}, a
     * write is forced to disk well before its superseded space may be reused.
     */
    static final long PERIOD_MILLIS = 250;

    /** Chunks are rewritten while the live share of the file's chunks is below this, in %. */
    static final int TARGET_FILL_RATE = 50;

    /** At most this much live data is moved per round, so that commits never wait long for it. */
    static final int WRITE_LIMIT_BYTES = 1024 * 1024;

    /** Compaction holds the store's lock, which commits wait for: it runs every 8th round (2 s). */
    static final int ROUNDS_PER_COMPACTION = 8;

    private final Connection connection;
    private final MVStore store;
    private final ScheduledExecutorService timer;
    private final AtomicBoolean warned = new AtomicBoolean();
    private final AtomicLong rounds = new AtomicLong();

    private H2Upkeep(Connection connection, MVStore store, long periodMillis) {
        this.connection = connection;
        this.store = store;
        this.timer =
                Executors.newSingleThreadScheduledExecutor(
                        task -> {
                            Thread thread = new Thread(task, "torc-h2-upkeep");
                            thread.setDaemon(true);
                            return thread;
                        });
        timer.scheduleWithFixedDelay(
                this::round, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the upkeep of an H2 file that this process alone opens; none for PostgreSQL, an H2
     * server or an in-memory database. Its connection also keeps the file open while the pool
     * happens to hold none.
     */
    static Optional<H2Upkeep> start(DatabaseSettings settings, long periodMillis) {
        if (!settings.isEmbeddedFile()) {
            return Optional.empty();
        }
        try {
            Connection connection =
                    DriverManager.getConnection(
                            settings.jdbcUrl(), settings.user(), settings.password());
            SessionLocal session =
                    (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            MVStore store = session.getDatabase().getStore().getMvStore();
            return Optional.of(new H2Upkeep(connection, store, periodMillis));
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "H2 file upkeep unavailable; writes are not forced: {0}", e);
            return Optional.empty();
        }
    }

    /**
     * One round: the file's writes so far are forced to disk; every 8th, sparse chunks rewritten.
     */
    void round() {
        try {
            if (!store.isClosed()) {
                store.sync();
                if (rounds.incrementAndGet() % ROUNDS_PER_COMPACTION == 0
                        && store.compact(TARGET_FILL_RATE, WRITE_LIMIT_BYTES)) {
                    store.commit();
                }
            }
        } catch (RuntimeException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "H2 file upkeep failed; trying again: {0}", e);
            }
        }
    }

    /** Rounds done so far; for tests and diagnostics. */
    long rounds() {
        return rounds.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing the upkeep connection failed", e);
        }
    }
}
