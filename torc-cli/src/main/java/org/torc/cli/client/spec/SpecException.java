package org.torc.cli.client.spec;

import java.nio.file.Path;

/**
 * A workflow specification that cannot be used, with the file and line to look at.
 *
 * <p>The message is one line, {@code FILE:LINE: what is wrong}, as compilers write it, so editors
 * and terminals can jump to the place.
 */
public final class SpecException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String problem;

    public SpecException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + oneLine(problem));
        this.file = file;
        this.line = line;
        this.problem = oneLine(problem);
    }

    /** The specification file. */
    public Path file() {
        return file;
    }

    /** The line of the file the problem is on, counted from 1. */
    public int line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }

    private static String oneLine(String text) {
        return text == null ? "invalid specification" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
