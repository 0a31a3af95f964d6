package org.torc.identitystore.htpasswd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.torc.identitystore.testing.Oracles;

class HtpasswdFileTest {

    /** Made once with Python's bcrypt (cost 4) and pasted here; the text never changes. */
    static final String HASH_2B = "$2b$04$ZGWowd00ch5ZtlC6wpHJa.z1AjgghYfOjmPGTX4Bu5MEMiKPJ4V02";

    static final String HASH_2Y = "$2y$04$k3oqNp7mAAKIQaBkCjpljeHJEqVvB8ciCgG.OFRTHBdhOCCgpcCLy";

    @TempDir Path dir;

    @Test
    void readsCommentsBlankLinesAndEntriesInOrder() throws Exception {
        HtpasswdFile file =
                parse("# admins\n\nalice:" + HASH_2Y + "\n  # indented comment\nbob:" + HASH_2B);

        assertEquals(List.of("alice", "bob"), List.copyOf(file.users().keySet()));
        assertEquals(3, file.entry("alice").orElseThrow().lineNumber());
        assertEquals(5, file.entry("bob").orElseThrow().lineNumber());
        assertEquals(HASH_2B, file.entry("bob").orElseThrow().hash().value());
    }

    @Test
    void acceptsCarriageReturnLineEndsAndTrailingSpaces() throws Exception {
        HtpasswdFile file = parse("alice:" + HASH_2Y + "\r\nbob:" + HASH_2B + "  \r\n");

        assertEquals(2, file.userCount());
    }

    @Test
    void anEmptyFileHasNoUsers() throws Exception {
        assertEquals(0, parse("").userCount());
    }

    @ParameterizedTest(name = "line 2 \"{0}\" is refused: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "hunter2-pasted-by-mistake | expected user:bcrypt-hash",
                ":" + HASH_2Y + " | the user name is empty",
                "bob smith:" + HASH_2Y + " | white space",
                "bob:$apr1$abcdefgh$0123456789012345678901 | not a bcrypt hash",
                "bob:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g= | not a bcrypt hash",
                "bob:$2y$03$k3oqNp7mAAKIQaBkCjpljeHJEqVvB8ciCgG.OFRTHBdhOCCgpcCLy | outside 4 to"
                        + " 31",
                "bob:$2y$32$k3oqNp7mAAKIQaBkCjpljeHJEqVvB8ciCgG.OFRTHBdhOCCgpcCLy | outside 4 to"
                        + " 31",
                "bob:$2y$04$k3oqNp7mAAKIQaBkCjpljeHJEqVvB8ciCgG | not a well-formed bcrypt hash",
                "bob:$2x$04$k3oqNp7mAAKIQaBkCjpljeHJEqVvB8ciCgG.OFRTHBdhOCCgpcCLy | not a"
                        + " well-formed",
                "alice:" + HASH_2B + " | user 'alice' is defined again (first on line 1)",
            })
    void malformedLinesNameTheFileAndLine(String line, String problem) throws Exception {
        Path path = write("alice:" + HASH_2Y + "\n" + line + "\n");

        HtpasswdFormatException e =
                assertThrows(HtpasswdFormatException.class, () -> HtpasswdFile.load(path));

        assertTrue(
                e.getMessage().startsWith("htpasswd file " + path + " line 2: "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertEquals(2, e.lineNumber());
    }

    @Test
    void aMalformedLineIsNeverRepeatedInTheMessage() throws Exception {
        HtpasswdFormatException e =
                assertThrows(
                        HtpasswdFormatException.class, () -> parse("# users\nS3cret-Passw0rd\n"));

        assertFalse(e.getMessage().contains("S3cret"), e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
        byte[] content =
                ("alice:" + HASH_2Y + "\n# caf\u00e9\nb\u00e9b:")
                        .getBytes(StandardCharsets.ISO_8859_1);

        HtpasswdFormatException e =
                assertThrows(HtpasswdFormatException.class, () -> HtpasswdFile.parse("f", content));

        assertEquals(2, e.lineNumber());
        assertTrue(e.getMessage().contains("not valid UTF-8"));
    }

    @Test
    void aMissingFileIsNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> HtpasswdFile.load(dir.resolve("absent")));
    }

    @Test
    void settingAUserReplacesItsLineWhereItStands() throws Exception {
        HtpasswdFile file = parse("# first\nalice:" + HASH_2Y + "\n\n# bob\nbob:" + HASH_2Y + "\n");

        HtpasswdFile changed = file.withUser("alice", BcryptHash.parse(HASH_2B));

        assertEquals(
                "# first\nalice:" + HASH_2B + "\n\n# bob\nbob:" + HASH_2Y + "\n",
                new String(changed.toBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aNewUserIsAppended() throws Exception {
        HtpasswdFile file = parse("# team\nalice:" + HASH_2Y);

        HtpasswdFile changed = file.withUser("carol", BcryptHash.parse(HASH_2B));

        assertEquals(
                "# team\nalice:" + HASH_2Y + "\ncarol:" + HASH_2B + "\n",
                new String(changed.toBytes(), StandardCharsets.UTF_8));
        assertEquals(3, changed.entry("carol").orElseThrow().lineNumber());
    }

    @Test
    void removingAUserKeepsEveryOtherLine() throws Exception {
        HtpasswdFile file = parse("# a\nalice:" + HASH_2Y + "\n\nbob:" + HASH_2B + "\n# end\n");

        HtpasswdFile changed = file.withoutUser("alice");

        assertEquals(
                "# a\n\nbob:" + HASH_2B + "\n# end\n",
                new String(changed.toBytes(), StandardCharsets.UTF_8));
        assertEquals(3, changed.entry("bob").orElseThrow().lineNumber());
        assertTrue(file.withoutUser("nobody") == file);
    }

    @Test
    void anInvalidUserNameCannotBeAdded() throws Exception {
        HtpasswdFile file = parse("");

        assertThrows(
                IllegalArgumentException.class,
                () -> file.withUser("a:b", BcryptHash.parse(HASH_2Y)));
    }

    @Test
    void unchangedContentIsWrittenBackByteForByte() throws Exception {
        byte[] content = ("# c\n\nalice:" + HASH_2Y + "\n").getBytes(StandardCharsets.UTF_8);

        assertArrayEquals(content, HtpasswdFile.parse("f", content).toBytes());
    }

    @Test
    void aFileWrittenByApacheHtpasswdIsReadUnchanged() throws Exception {
        Oracles.requireHtpasswd();
        String hash = Oracles.htpasswdHash("alice", "wonder:land", 5);
        Path path = write("# made by htpasswd -B\nalice:" + hash + "\n");

        HtpasswdFile file = HtpasswdFile.load(path);

        BcryptHash read = file.entry("alice").orElseThrow().hash();
        assertEquals(5, read.cost());
        assertTrue(read.value().startsWith("$2y$05$"));
    }

    private HtpasswdFile parse(String text) throws HtpasswdFormatException {
        return HtpasswdFile.parse("test", text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String text) throws Exception {
        Path path = dir.resolve("htpasswd");
        Files.writeString(path, text);
        return path;
    }
}
