package org.torc.cli.client.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A user name and password for HTTP Basic authentication.
 *
 * <p>The password stays a {@code char[]} until the header is built once per client; the header is a
 * {@code String} because the HTTP client takes nothing else.
 */
public final class Credentials {

    private final String username;
    private final char[] password;

    public Credentials(String username, char[] password) {
        this.username = username;
        this.password = password.clone();
    }

    public String username() {
        return username;
    }

    /** {@code Basic base64(user:password)}, encoded as UTF-8 as the server decodes it. */
    String authorizationHeader() {
        CharBuffer chars = CharBuffer.allocate(username.length() + 1 + password.length);
        chars.put(username).put(':').put(password).flip();
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(chars);
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        String header = "Basic " + Base64.getEncoder().encodeToString(raw);
        Arrays.fill(raw, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
        return header;
    }
}
