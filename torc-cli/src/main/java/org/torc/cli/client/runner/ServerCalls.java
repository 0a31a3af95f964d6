package org.torc.cli.client.runner;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.torc.cli.client.http.ApiException;

/**
 * Calls to the server that survive its absence: a call that finds the server unreachable (or
 * answering 502-504) is retried with growing pauses, from half a second up to thirty, until it
 * succeeds or the server has been away longer than {@code --server-wait}.
 */
final class ServerCalls {

    private static final Logger LOG = Logger.getLogger(ServerCalls.class.getName());
    private static final long FIRST_PAUSE_MILLIS = 500;
    private static final long MAX_PAUSE_MILLIS = 30_000;

    /** The server stayed away longer than allowed. */
    static final class ServerGone extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServerGone(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What the caller does while waiting, so it can stop early on a signal. */
    interface Pause {
        /** Waits up to {@code millis}; returns false if the run is stopping. */
        boolean pause(long millis);
    }

    private final Duration serverWait;
    private final Reporter reporter;
    private final Pause pause;
    private long awaySince = -1;

    ServerCalls(Duration serverWait, Reporter reporter, Pause pause) {
        this.serverWait = serverWait;
        this.reporter = reporter;
        this.pause = pause;
    }

    /** The result of {@code call}, retried while the server is away. */
    <T> T call(Supplier<T> call) {
        long pauseMillis = FIRST_PAUSE_MILLIS;
        while (true) {
            try {
                T result = call.get();
                serverBack();
                return result;
            } catch (ApiException e) {
                if (!e.isTransient()) {
                    throw e;
                }
                serverAway(e);
                if (!pause.pause(pauseMillis)) {
                    throw new ServerGone("stopped while the server was unreachable", e);
                }
                pauseMillis = Math.min(MAX_PAUSE_MILLIS, pauseMillis * 2);
            }
        }
    }

    void run(Runnable call) {
        call(
                () -> {
                    call.run();
                    return null;
                });
    }

    private void serverAway(ApiException e) {
        long now = System.nanoTime();
        if (awaySince < 0) {
            awaySince = now;
            reporter.notice(
                    e.getMessage()
                            + "; keeping results and retrying for up to "
                            + serverWait.toSeconds()
                            + " s");
        }
        if (now - awaySince > serverWait.toNanos()) {
            throw new ServerGone(
                    e.getMessage() + " for more than " + serverWait.toSeconds() + " s", e);
        }
        LOG.log(Level.FINE, "Server unreachable, retrying: {0}", e.getMessage());
    }

    private void serverBack() {
        if (awaySince >= 0) {
            awaySince = -1;
            reporter.notice("the server answers again");
        }
    }
}
