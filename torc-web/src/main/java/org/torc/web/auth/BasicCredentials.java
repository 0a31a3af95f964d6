package org.torc.web.auth;

import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The user name and password of an {@code Authorization: Basic} header, read strictly.
 *
 * <p>The password is everything after the first colon, so it may hold colons itself; a user name
 * cannot (RFC 7617). Both are decoded as UTF-8 with a decoder that refuses invalid bytes rather
 * than replacing them, so two different byte strings never become the same password. The password
 * is kept in a {@code char[]} that {@link #clear()} wipes.
 */
final class BasicCredentials {

    /** Far above any real user name and password; a longer header is refused unread. */
    static final int MAX_HEADER_LENGTH = 4096;

    private static final String SCHEME = "Basic ";

    private final String user;
    private final char[] password;

    private BasicCredentials(String user, char[] password) {
        this.user = user;
        this.password = password;
    }

    /**
     * Reads the value of an Authorization header.
     *
     * @throws MalformedCredentialsException if it is not well-formed Basic credentials
     */
    static BasicCredentials parse(String header) throws MalformedCredentialsException {
        if (header.length() > MAX_HEADER_LENGTH) {
            throw new MalformedCredentialsException("header too long");
        }
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new MalformedCredentialsException("not Basic credentials");
        }
        byte[] decoded = decodeBase64(header.substring(SCHEME.length()).strip());
        try {
            return split(decoded);
        } finally {
            Arrays.fill(decoded, (byte) 0);
        }
    }

    private static byte[] decodeBase64(String token) throws MalformedCredentialsException {
        if (token.isEmpty()) {
            throw new MalformedCredentialsException("no credentials after Basic");
        }
        try {
            return Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw new MalformedCredentialsException("credentials are not valid base64");
        }
    }

    /** A colon is one byte in UTF-8 and never part of another character, so bytes can be split. */
    private static BasicCredentials split(byte[] decoded) throws MalformedCredentialsException {
        int colon = indexOfColon(decoded);
        if (colon < 0) {
            throw new MalformedCredentialsException("no colon between user name and password");
        }
        if (colon == 0) {
            throw new MalformedCredentialsException("empty user name");
        }
        CharBuffer user = utf8(decoded, 0, colon);
        CharBuffer password = utf8(decoded, colon + 1, decoded.length - colon - 1);
        char[] passwordChars = Arrays.copyOfRange(password.array(), 0, password.limit());
        Arrays.fill(password.array(), '\0');
        return new BasicCredentials(user.toString(), passwordChars);
    }

    private static int indexOfColon(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == ':') {
                return i;
            }
        }
        return -1;
    }

    private static CharBuffer utf8(byte[] bytes, int offset, int length)
            throws MalformedCredentialsException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length));
        } catch (CharacterCodingException e) {
            throw new MalformedCredentialsException("credentials are not valid UTF-8");
        }
    }

    String user() {
        return user;
    }

    /** A copy of the password; the caller clears it. */
    char[] password() {
        return password.clone();
    }

    /** The credential for the identity store; clear it after use. */
    UsernamePasswordCredential toCredential() {
        return new UsernamePasswordCredential(user, new Password(password));
    }

    /** Wipes the password. */
    void clear() {
        Arrays.fill(password, '\0');
    }
}
