package org.torc.identitystore.htpasswd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.torc.identitystore.testing.Oracles;

/** bcrypt checked against hashes made by Apache's htpasswd and Python's bcrypt. */
class BcryptTest {

    @TempDir Path dir;

    @Test
    void recordedHashesFromTheOraclesMatch() {
        // htpasswd -nbB -C 4 alice 'pa:ss' and Python bcrypt.hashpw(b"x", gensalt(4)).
        assertTrue(Bcrypt.matches(utf8("pa:ss"), BcryptHash.parse(HtpasswdFileTest.HASH_2Y)));
        assertFalse(Bcrypt.matches(utf8("pa:sx"), BcryptHash.parse(HtpasswdFileTest.HASH_2Y)));
        assertTrue(Bcrypt.matches(utf8("x"), BcryptHash.parse(HtpasswdFileTest.HASH_2B)));
    }

    @ParameterizedTest(name = "htpasswd -B hash of \"{0}\"")
    @ValueSource(
            strings = {"simple", "with:colons:inside", "gr\u00fc\u00dfe-\u65e5\u672c", " spaced "})
    void apacheHashesMatchOnlyTheirPassword(String password) {
        BcryptHash hash = BcryptHash.parse(Oracles.htpasswdHash("alice", password, 4));

        assertTrue(hash.value().startsWith("$2y$04$"));
        assertTrue(Bcrypt.matches(utf8(password), hash));
        assertFalse(Bcrypt.matches(utf8(password + "x"), hash));
    }

    @ParameterizedTest(name = "Python bcrypt ${0}$ hash")
    @ValueSource(strings = {"2a", "2b"})
    void pythonHashesOfBothPrefixesMatch(String prefix) {
        String password = "p\u00e4ss:w\u00f6rd";
        BcryptHash hash = BcryptHash.parse(Oracles.pythonHash(password, 5, prefix));

        assertTrue(hash.value().startsWith("$" + prefix + "$05$"));
        assertTrue(Bcrypt.matches(utf8(password), hash));
        assertFalse(Bcrypt.matches(utf8("p\u00e4ss:w\u00f6rD"), hash));
    }

    @Test
    void ourHashesAre2yAndPythonAgrees() {
        String password = "caf\u00e9:cr\u00e8me";

        BcryptHash hash = Bcrypt.hash(utf8(password), 4);

        assertTrue(hash.value().startsWith("$2y$04$"));
        assertTrue(Oracles.pythonVerifies(password, hash.value()));
        assertFalse(Oracles.pythonVerifies("cafe:creme", hash.value()));
    }

    @Test
    void ourHashesPassApacheHtpasswdVerify() throws Exception {
        String password = "\u00fcber:geheim";
        Path file = dir.resolve("htpasswd");
        Files.writeString(file, "alice:" + Bcrypt.hash(utf8(password), 5).value() + "\n");

        assertTrue(Oracles.htpasswdVerifies(file, "alice", password));
        assertFalse(Oracles.htpasswdVerifies(file, "alice", "uber:geheim"));
    }

    @Test
    void passwordsLongerThan72BytesAreRefusedNotCut() {
        byte[] seventyThree = utf8("a".repeat(73));

        assertThrows(IllegalArgumentException.class, () -> Bcrypt.hash(seventyThree, 4));
        BcryptHash of72 = Bcrypt.hash(utf8("a".repeat(72)), 4);
        assertFalse(Bcrypt.matches(seventyThree, of72));
    }

    @Test
    void costMustBeBetween4And31() {
        assertThrows(IllegalArgumentException.class, () -> Bcrypt.hash(utf8("x"), 3));
        assertThrows(IllegalArgumentException.class, () -> Bcrypt.checkCost(32));
        assertEquals(4, Bcrypt.hash(utf8("x"), 4).cost());
    }

    @Test
    void aHashNeverShowsInToString() {
        BcryptHash hash = BcryptHash.parse(HtpasswdFileTest.HASH_2Y);

        assertEquals("BcryptHash[cost=4]", hash.toString());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
