package org.torc.identitystore.htpasswd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserNamesAndPasswordsTest {

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(
            strings = {
                "",
                "a:b",
                "bob smith",
                "tab\tbed",
                "new\nline",
                "nul\u0000",
                "bell\u0007",
                "nbsp\u00a0",
                "zero\u200bwidth"
            })
    void invisibleOrSeparatingCharactersAreRefused(String name) {
        assertTrue(UserNames.problem(name).isPresent());
        assertThrows(IllegalArgumentException.class, () -> UserNames.check(name));
    }

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @ValueSource(
            strings = {"alice", "bob.smith@example.org", "j\u00fcrgen", "\u5c71\u7530", "a-b_c"})
    void ordinaryNamesAreAccepted(String name) {
        assertEquals(Optional.empty(), UserNames.problem(name));
    }

    @Test
    void namesOfMoreThan255BytesAreRefused() {
        assertTrue(UserNames.problem("x".repeat(256)).isPresent());
        assertEquals(Optional.empty(), UserNames.problem("x".repeat(255)));
    }

    @Test
    void namesInLogsCannotForgeLines() {
        assertEquals("eve?INFO fake", UserNames.forLog("eve\nINFO fake"));
        assertEquals("x".repeat(64) + "...", UserNames.forLog("x".repeat(500)));
    }

    @Test
    void passwordsAreCountedInUtf8Bytes() {
        String twentyFourEuros = "\u20ac".repeat(24);
        String twentyFiveEuros = "\u20ac".repeat(25);

        Passwords.check(twentyFourEuros.getBytes(StandardCharsets.UTF_8));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Passwords.check(twentyFiveEuros.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("75 bytes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Passwords.check(new byte[0]));
    }

    @Test
    void charactersBecomeUtf8WithoutAString() {
        char[] password = "s\u00fc\u00df".toCharArray();

        assertArrayEquals(
                "s\u00fc\u00df".getBytes(StandardCharsets.UTF_8), Passwords.utf8(password));
        assertThrows(IllegalArgumentException.class, () -> Passwords.utf8(new char[] {'\ud800'}));
    }
}
