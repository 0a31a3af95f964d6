package org.torc.identitystore.htpasswd;

import java.io.IOException;

/**
 * An htpasswd file that cannot be used as it is. The message names the file and the line, and never
 * repeats the line itself, which could hold a password pasted by mistake.
 */
public class HtpasswdFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int lineNumber;

    public HtpasswdFormatException(String file, int lineNumber, String problem) {
        super("htpasswd file " + file + " line " + lineNumber + ": " + problem);
        this.file = file;
        this.lineNumber = lineNumber;
    }

    /** The file as it was named when it was read. */
    public String file() {
        return file;
    }

    /** The line at fault, counting from 1. */
    public int lineNumber() {
        return lineNumber;
    }
}
