package org.torc.cli.client.http;

import java.io.Console;

/** Where a password can be asked for, if anywhere. Tests replace it. */
public interface Terminal {

    /** True if a person can be asked: standard input and output are a terminal. */
    boolean isInteractive();

    /** Shows {@code prompt} and reads a line without echo. */
    char[] readPassword(String prompt);

    /** The process's terminal, if it has one. */
    static Terminal system() {
        return new Terminal() {
            @Override
            public boolean isInteractive() {
                return System.console() != null;
            }

            @Override
            public char[] readPassword(String prompt) {
                Console console = System.console();
                char[] password = console == null ? null : console.readPassword("%s", prompt);
                return password == null ? new char[0] : password;
            }
        };
    }

    /** No terminal: nobody to ask. */
    static Terminal none() {
        return new Terminal() {
            @Override
            public boolean isInteractive() {
                return false;
            }

            @Override
            public char[] readPassword(String prompt) {
                throw new IllegalStateException("no terminal");
            }
        };
    }
}
