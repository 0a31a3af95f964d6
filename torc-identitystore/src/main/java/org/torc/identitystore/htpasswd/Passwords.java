package org.torc.identitystore.htpasswd;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Rules for passwords stored in an htpasswd file, and their UTF-8 form. */
public final class Passwords {

    private Passwords() {}

    /**
     * Refuses a password bcrypt cannot store faithfully.
     *
     * @throws IllegalArgumentException if it is empty or longer than 72 bytes in UTF-8
     */
    public static void check(byte[] utf8) {
        if (utf8.length == 0) {
            throw new IllegalArgumentException("the password is empty");
        }
        if (utf8.length > Bcrypt.MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException(
                    "the password is "
                            + utf8.length
                            + " bytes long in UTF-8; bcrypt uses at most "
                            + Bcrypt.MAX_PASSWORD_BYTES
                            + " and would silently ignore the rest");
        }
    }

    /**
     * The password's UTF-8 bytes, without an intermediate {@code String}; the caller clears both
     * arrays when done.
     *
     * @throws IllegalArgumentException if the characters are not valid UTF-16 (a lone surrogate)
     */
    public static byte[] utf8(char[] password) {
        ByteBuffer buffer;
        try {
            buffer =
                    StandardCharsets.UTF_8
                            .newEncoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .encode(CharBuffer.wrap(password));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the password is not valid Unicode");
        }
        byte[] bytes = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.limit());
        Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }
}
