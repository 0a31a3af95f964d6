package org.torc.web.fault;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Ten thousand Authorization header values that must never authenticate anybody: other schemes,
 * text that is not base64, decoded bytes without a colon or not UTF-8, empty user names, wrong
 * passwords and unknown users, control characters, bytes above 127, broken padding and values of up
 * to 64 KiB. Seeded, so a failure can be replayed.
 *
 * <p>Only about a hundred values are well-formed enough to reach a bcrypt check (at whatever cost
 * the server's dummy hash has): the random ones never decode to anything holding a colon, even
 * under a lenient base64 decoder, which keeps the run short whatever the server's parser does.
 */
final class HostileHeaders {

    static final int COUNT = 10_000;

    /** One header value and the kind of malformation it shows, for failure messages. */
    record Header(String kind, byte[] value) {
        String show() {
            String text = new String(value, StandardCharsets.ISO_8859_1);
            String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
            return kind + " [" + shown.replaceAll("[^\\x20-\\x7e]", "?") + "]";
        }
    }

    private final Random random;
    private final List<Header> headers = new ArrayList<>(COUNT);

    private HostileHeaders(long seed) {
        this.random = new Random(seed);
    }

    static List<Header> generate(long seed) {
        HostileHeaders corpus = new HostileHeaders(seed);
        corpus.fixedCases();
        corpus.wellFormedButWrong(40);
        corpus.repeat(40, "basic of invalid UTF-8 with a colon", corpus::invalidUtf8WithColon);
        corpus.repeat(1000, "bytes above 127", () -> corpus.randomBytes(0x80, 0xff, 40));
        corpus.repeat(1000, "control characters", corpus::controlCharacters);
        corpus.repeat(1000, "broken base64", corpus::brokenBase64);
        corpus.repeat(2000, "other scheme", corpus::otherScheme);
        corpus.repeat(2000, "basic of no colon", corpus::basicWithoutColon);
        corpus.repeat(COUNT - corpus.headers.size(), "basic of punctuation", corpus::randomText);
        return corpus.headers;
    }

    private void add(String kind, byte[] value) {
        headers.add(new Header(kind, value));
    }

    private void add(String kind, String value) {
        add(kind, value.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void repeat(int times, String kind, java.util.function.Supplier<byte[]> value) {
        for (int i = 0; i < times; i++) {
            add(kind, value.get());
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String base64(String text) {
        return base64(text.getBytes(StandardCharsets.UTF_8));
    }

    private void fixedCases() {
        String wrongAlice = base64(Users.ALICE + ":not-her-password");
        add("empty value", "");
        add("scheme only", "Basic");
        add("scheme and space", "Basic ");
        add("scheme and spaces", "Basic      ");
        add("two spaces", "Basic  " + wrongAlice);
        add("tab separator", "Basic\t" + wrongAlice);
        add("lower-case scheme, wrong password", "basic " + wrongAlice);
        add("upper-case scheme, wrong password", "BASIC " + wrongAlice);
        add("trailing garbage", "Basic " + wrongAlice + " extra");
        add("two credentials", "Basic " + wrongAlice + ", Basic " + wrongAlice);
        add("colon only", "Basic " + base64(":"));
        add("empty user", "Basic " + base64(":" + Users.ALICE_PASSWORD));
        add("empty password", "Basic " + base64(Users.ALICE + ":"));
        add("user only", "Basic " + base64(Users.ALICE));
        add("password split at second colon", "Basic " + base64(Users.ALICE + "::x"));
        add("NUL inside", "Basic " + base64(Users.ALICE + "\0:" + Users.ALICE_PASSWORD));
        add("padding only", "Basic ====");
        add("URL-safe alphabet", "Basic " + wrongAlice.replace('+', '-').replace('/', '_') + "-_");
        add("16 KiB of base64", "Basic " + "QUFB".repeat(4096));
        add("64 KiB of base64", "Basic " + "QUFB".repeat(16384));
        add("64 KiB of one user", "Basic " + base64("a".repeat(49_000) + ":x"));
        add("password of 1000 bytes", "Basic " + base64(Users.ALICE + ":" + "p".repeat(1000)));
    }

    /** Valid syntax, wrong secret: existing users with wrong passwords, unknown users. */
    private void wellFormedButWrong(int count) {
        for (int i = 0; i < count; i++) {
            String user = i % 2 == 0 ? Users.ALICE : "nobody" + random.nextInt(100_000);
            String password =
                    "wrong:" + random.nextInt(1_000_000) + (i % 3 == 0 ? "\u00e9\u4e2d" : "");
            add("wrong password or unknown user", "Basic " + base64(user + ":" + password));
        }
    }

    private byte[] invalidUtf8WithColon() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xc3, (byte) 0x28, (byte) 0xff});
        bytes.writeBytes(randomBytes(0x80, 0xff, 4));
        bytes.write(':');
        bytes.writeBytes(randomBytes(0x80, 0xff, 6));
        return ("Basic " + base64(bytes.toByteArray())).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] randomBytes(int low, int high, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (low + random.nextInt(high - low + 1));
        }
        return bytes;
    }

    private byte[] controlCharacters() {
        byte[] value =
                ("Basic " + base64(Users.ALICE + "-x")).getBytes(StandardCharsets.ISO_8859_1);
        int at = 6 + random.nextInt(value.length - 6);
        int control = 1 + random.nextInt(31);
        if (control == '\r' || control == '\n' || control == '\t') {
            control = 0x7f;
        }
        value[at] = (byte) control;
        return value;
    }

    private byte[] brokenBase64() {
        String encoded = base64(withoutColon(randomBytes(0, 255, 5 + random.nextInt(30))));
        String broken =
                switch (random.nextInt(4)) {
                    case 0 -> encoded.substring(0, encoded.length() - 1);
                    case 1 -> encoded + "=";
                    case 2 -> encoded.substring(0, 2) + " " + encoded.substring(2);
                    default -> "=" + encoded;
                };
        return ("Basic " + broken).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] otherScheme() {
        String[] schemes = {"Bearer", "Digest", "Negotiate", "Token", "Basicx", "NTLM", ""};
        String scheme = schemes[random.nextInt(schemes.length)];
        return (scheme + " " + printable(1 + random.nextInt(80)))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] basicWithoutColon() {
        byte[] decoded = withoutColon(randomBytes(0, 255, 1 + random.nextInt(60)));
        return ("Basic " + base64(decoded)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] withoutColon(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == ':') {
                bytes[i] = ';';
            }
        }
        return bytes;
    }

    private byte[] randomText() {
        return ("Basic " + printable(1 + random.nextInt(120)))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * Printable ASCII outside the base64 alphabets, so that even a lenient decoder, which skips
     * what it does not know, finds no credentials in it.
     */
    private String printable(int length) {
        String punctuation = "!\"#$%&'()*,.:;<>?@[\\]^`{|}~ ";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(punctuation.charAt(random.nextInt(punctuation.length())));
        }
        return text.append('!').toString();
    }
}
