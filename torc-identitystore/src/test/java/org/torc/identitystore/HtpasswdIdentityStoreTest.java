package org.torc.identitystore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.BasicAuthenticationCredential;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torc.identitystore.htpasswd.Bcrypt;
import org.torc.identitystore.htpasswd.HtpasswdEditor;
import org.torc.identitystore.htpasswd.HtpasswdFile;

class HtpasswdIdentityStoreTest {

    @TempDir Path dir;
    HtpasswdIdentityStore store;

    @AfterEach
    void stop() {
        if (store != null) {
            store.stop();
        }
    }

    @Test
    void validatesUserNameAndPasswordCredentials() throws Exception {
        start(Duration.ofSeconds(60));

        CredentialValidationResult result = store.validate(login("alice", "pa:ss"));

        assertEquals(Status.VALID, result.getStatus());
        assertEquals("alice", result.getCallerPrincipal().getName());
        assertEquals(Status.INVALID, store.validate(login("alice", "pa")).getStatus());
        assertEquals(Status.INVALID, store.validate(login("bob", "pa:ss")).getStatus());
    }

    @Test
    void validatesBasicAuthenticationCredentialsToo() throws Exception {
        start(Duration.ofSeconds(60));
        String header = Base64.getEncoder().encodeToString(utf8("alice:pa:ss"));

        Credential basic = new BasicAuthenticationCredential(header);

        assertEquals(Status.VALID, store.validate(basic).getStatus());
    }

    @Test
    void otherCredentialsAreNotValidated() throws Exception {
        start(Duration.ofSeconds(60));

        Credential other = new Credential() {};

        assertEquals(Status.NOT_VALIDATED, store.validate(other).getStatus());
    }

    @Test
    void withoutAFileNothingIsValidated() {
        store = new HtpasswdIdentityStore(new AuthSettings(Optional.empty(), false, Duration.ZERO));
        store.start();

        assertEquals(AuthMode.OFF, store.mode());
        assertEquals(Status.NOT_VALIDATED, store.validate(login("alice", "pa:ss")).getStatus());
    }

    @Test
    void aChangedPasswordStopsWorkingAfterReloadEvenWhenCached() throws Exception {
        Path file = start(Duration.ofSeconds(60));
        assertEquals(Status.VALID, store.validate(login("alice", "pa:ss")).getStatus());

        HtpasswdEditor.edit(file, f -> f.withUser("alice", Bcrypt.hash(utf8("n\u00e9w"), 4)));
        store.checkForChangesNow();
        store.checkForChangesNow();

        assertEquals(Status.INVALID, store.validate(login("alice", "pa:ss")).getStatus());
        assertEquals(Status.VALID, store.validate(login("alice", "n\u00e9w")).getStatus());
    }

    @Test
    void aMalformedFileAtStartNamesTheFileAndLine() throws Exception {
        Path file = dir.resolve("htpasswd");
        Files.writeString(file, "# users\nalice:$apr1$x$y\n");
        store = new HtpasswdIdentityStore(new AuthSettings(Optional.of(file), true, Duration.ZERO));

        IllegalStateException e = assertThrows(IllegalStateException.class, store::start);

        assertTrue(
                e.getMessage().startsWith("htpasswd file " + file + " line 2: "), e.getMessage());
    }

    @Test
    void aMissingFileAtStartIsNamed() {
        Path file = dir.resolve("absent");
        store =
                new HtpasswdIdentityStore(
                        new AuthSettings(Optional.of(file), false, Duration.ZERO));

        IllegalStateException e = assertThrows(IllegalStateException.class, store::start);

        assertEquals("htpasswd file " + file + " does not exist", e.getMessage());
    }

    private Path start(Duration ttl) throws Exception {
        Path file = dir.resolve("htpasswd");
        Files.writeString(file, "alice:" + CredentialCacheTest.HASH.value() + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertEquals(1, HtpasswdFile.load(file).userCount());
        store = new HtpasswdIdentityStore(new AuthSettings(Optional.of(file), false, ttl));
        store.start();
        return file;
    }

    private static UsernamePasswordCredential login(String user, String password) {
        return new UsernamePasswordCredential(user, new Password(password.toCharArray()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
