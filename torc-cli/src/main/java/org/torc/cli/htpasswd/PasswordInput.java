package org.torc.cli.htpasswd;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a password comes from when it is not given with {@code --password}: the terminal, without
 * echo, when there is one; otherwise one line of standard input, so scripts can pipe it.
 */
public final class PasswordInput {

    /** A terminal that reads a line without echoing it. */
    public interface Terminal {
        char[] readPassword(String prompt);
    }

    private final Terminal terminal;
    private final InputStream stdin;

    /**
     * @param terminal the terminal, or {@code null} when standard input is not one
     * @param stdin read when there is no terminal
     */
    public PasswordInput(Terminal terminal, InputStream stdin) {
        this.terminal = terminal;
        this.stdin = stdin;
    }

    /** This process's terminal ({@link System#console()}) and standard input. */
    public static PasswordInput system() {
        Console console = System.console();
        Terminal terminal = console == null ? null : prompt -> console.readPassword("%s", prompt);
        return new PasswordInput(terminal, System.in);
    }

    /** A password to store: asked twice on a terminal, which must agree. */
    char[] newPassword() {
        if (terminal == null) {
            return lineOfStandardInput();
        }
        char[] first = ask("Password: ");
        char[] second = ask("Confirm password: ");
        try {
            if (!Arrays.equals(first, second)) {
                Arrays.fill(first, '\0');
                throw new HtpasswdFailure("the two passwords do not match");
            }
            return first;
        } finally {
            Arrays.fill(second, '\0');
        }
    }

    /** A password to check: asked once on a terminal. */
    char[] existingPassword() {
        return terminal == null ? lineOfStandardInput() : ask("Password: ");
    }

    private char[] ask(String prompt) {
        char[] password = terminal.readPassword(prompt);
        if (password == null) {
            throw new HtpasswdFailure("no password entered");
        }
        return password;
    }

    /** One line, without its line end, decoded as UTF-8; the bytes are cleared after. */
    private char[] lineOfStandardInput() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int next;
        try {
            while ((next = stdin.read()) != -1 && next != '\n') {
                line.write(next);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = line.toByteArray();
        if (next == -1 && bytes.length == 0) {
            throw new HtpasswdFailure(
                    "no password on standard input (give one line, or use --password)");
        }
        int length =
                bytes.length > 0 && bytes[bytes.length - 1] == '\r'
                        ? bytes.length - 1
                        : bytes.length;
        try {
            return decode(bytes, length);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static char[] decode(byte[] bytes, int length) {
        try {
            CharBuffer chars =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, 0, length));
            char[] password = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return password;
        } catch (CharacterCodingException e) {
            throw new HtpasswdFailure("the password on standard input is not valid UTF-8");
        }
    }
}
