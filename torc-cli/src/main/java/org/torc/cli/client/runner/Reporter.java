package org.torc.cli.client.runner;

import java.io.PrintWriter;

/**
 * What the runner tells the person watching, on standard error: on a terminal one progress line
 * rewritten in place, with failures above it; otherwise a plain line per event, for logs.
 */
final class Reporter {

    private final PrintWriter err;
    private final boolean interactive;
    private int progressLength;

    Reporter(PrintWriter err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    boolean isInteractive() {
        return interactive;
    }

    /** A routine event, such as a job starting: shown only when not on a terminal. */
    void event(String line) {
        if (!interactive) {
            print(line);
        }
    }

    /** Something worth attention, such as a failed job: always shown. */
    void notice(String line) {
        print(line);
    }

    /** Rewrites the progress line; does nothing when not on a terminal. */
    void progress(String line) {
        if (!interactive) {
            return;
        }
        int pad = Math.max(0, progressLength - line.length());
        err.print("\r" + line + " ".repeat(pad));
        err.flush();
        progressLength = line.length();
    }

    /** Ends the progress line, so later output starts on a line of its own. */
    void finish() {
        if (interactive && progressLength > 0) {
            err.println();
            err.flush();
            progressLength = 0;
        }
    }

    private void print(String line) {
        if (interactive && progressLength > 0) {
            err.print("\r" + " ".repeat(progressLength) + "\r");
            progressLength = 0;
        }
        err.println("torc: " + line);
        err.flush();
    }
}
