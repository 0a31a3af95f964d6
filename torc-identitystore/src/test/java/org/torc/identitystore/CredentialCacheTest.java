package org.torc.identitystore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.torc.identitystore.CredentialCache.Recall;
import org.torc.identitystore.htpasswd.BcryptHash;

class CredentialCacheTest {

    static final BcryptHash HASH =
            BcryptHash.parse("$2y$04$k3oqNp7mAAKIQaBkCjpljeHJEqVvB8ciCgG.OFRTHBdhOCCgpcCLy");
    static final BcryptHash NEW_HASH =
            BcryptHash.parse("$2b$04$ZGWowd00ch5ZtlC6wpHJa.z1AjgghYfOjmPGTX4Bu5MEMiKPJ4V02");

    final AtomicLong now = new AtomicLong(1_000);
    final CredentialCache cache = new CredentialCache(Duration.ofNanos(100), 3, now::get);

    @Test
    void aCheckIsRememberedUntilItsTtlEnds() {
        String key = cache.keyOf("alice", utf8("secret"));
        cache.remember(key, "alice", HASH);

        now.addAndGet(99);
        assertEquals(Recall.FRESH, cache.recall(key, "alice", HASH));
        now.addAndGet(1);
        assertEquals(Recall.DUE, cache.recall(key, "alice", HASH));
        now.addAndGet(99);
        assertEquals(Recall.DUE, cache.recall(key, "alice", HASH));
        now.addAndGet(1);
        assertEquals(Recall.NONE, cache.recall(key, "alice", HASH));
        assertEquals(0, cache.size());
    }

    @Test
    void aDueEntryCountsOnlyForTheSameHash() {
        String key = cache.keyOf("alice", utf8("secret"));
        cache.remember(key, "alice", HASH);
        now.addAndGet(150);

        assertEquals(Recall.NONE, cache.recall(key, "alice", NEW_HASH));
        assertEquals(Recall.NONE, cache.recall(key, "bob", HASH));
        cache.drop(key);
        assertEquals(Recall.NONE, cache.recall(key, "alice", HASH));
    }

    @Test
    void aChangedHashInvalidatesTheEntry() {
        String key = cache.keyOf("alice", utf8("secret"));
        cache.remember(key, "alice", HASH);

        assertEquals(Recall.NONE, cache.recall(key, "alice", NEW_HASH));
    }

    @Test
    void forgettingAUserDropsOnlyThatUser() {
        cache.remember(cache.keyOf("alice", utf8("a")), "alice", HASH);
        cache.remember(cache.keyOf("bob", utf8("b")), "bob", HASH);

        cache.forget("alice");

        assertEquals(Recall.NONE, cache.recall(cache.keyOf("alice", utf8("a")), "alice", HASH));
        assertEquals(Recall.FRESH, cache.recall(cache.keyOf("bob", utf8("b")), "bob", HASH));
    }

    @Test
    void theLeastRecentlyUsedEntryGoesWhenFull() {
        for (String user : new String[] {"a", "b", "c"}) {
            cache.remember(cache.keyOf(user, utf8("p")), user, HASH);
        }
        cache.recall(cache.keyOf("a", utf8("p")), "a", HASH);

        cache.remember(cache.keyOf("d", utf8("p")), "d", HASH);

        assertEquals(3, cache.size());
        assertEquals(Recall.NONE, cache.recall(cache.keyOf("b", utf8("p")), "b", HASH));
        assertEquals(Recall.FRESH, cache.recall(cache.keyOf("a", utf8("p")), "a", HASH));
    }

    @Test
    void keysDependOnTheSplitBetweenUserAndPassword() {
        assertNotEquals(cache.keyOf("ab", utf8("c")), cache.keyOf("a", utf8("bc")));
        assertNotEquals(cache.keyOf("alice", utf8("x")), cache.keyOf("alice", utf8("y")));
    }

    @Test
    void keysAreSecretToTheProcess() {
        CredentialCache other = CredentialCache.withTtl(Duration.ofSeconds(60));

        assertNotEquals(cache.keyOf("alice", utf8("secret")), other.keyOf("alice", utf8("secret")));
        assertFalse(cache.keyOf("alice", utf8("secret")).contains("secret"));
    }

    @Test
    void aZeroTtlRemembersNothing() {
        CredentialCache off = new CredentialCache(Duration.ZERO, 3, now::get);
        String key = off.keyOf("alice", utf8("secret"));

        off.remember(key, "alice", HASH);

        assertEquals(Recall.NONE, off.recall(key, "alice", HASH));
        assertFalse(off.isEnabled());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
