package org.torc.web.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasicCredentialsTest {

    @Test
    void thePasswordIsEverythingAfterTheFirstColon() throws Exception {
        BasicCredentials credentials = BasicCredentials.parse(basic("alice:pa:ss:"));

        assertEquals("alice", credentials.user());
        assertArrayEquals("pa:ss:".toCharArray(), credentials.password());
    }

    @Test
    void credentialsAreUtf8() throws Exception {
        BasicCredentials credentials =
                BasicCredentials.parse(basic("j\u00fcrgen:gr\u00fc\u00df\u20ac"));

        assertEquals("j\u00fcrgen", credentials.user());
        assertArrayEquals("gr\u00fc\u00df\u20ac".toCharArray(), credentials.password());
    }

    @Test
    void theSchemeIsCaseInsensitiveAndAnEmptyPasswordIsAllowed() throws Exception {
        String token = Base64.getEncoder().encodeToString("bob:".getBytes(StandardCharsets.UTF_8));

        BasicCredentials credentials = BasicCredentials.parse("bASIC   " + token + " ");

        assertEquals("bob", credentials.user());
        assertEquals(0, credentials.password().length);
    }

    @Test
    void clearingWipesThePassword() throws Exception {
        BasicCredentials credentials = BasicCredentials.parse(basic("alice:secret"));

        credentials.clear();

        assertArrayEquals(new char[6], credentials.password());
    }

    @ParameterizedTest(name = "\"{0}\" is malformed")
    @ValueSource(
            strings = {
                "Basic",
                "Basic ",
                "Bearer abc.def",
                "Basic !!!not-base64!!!",
                "Basic YWxp Y2U6eA==",
                "Basic bm9jb2xvbg==",
                "Basic OnBhc3N3b3Jk",
                "Basic /w==",
                "Basic YWxpY2U6/w==",
                "Basic wOA6eA==",
            })
    void malformedHeadersAreRefused(String header) {
        assertThrows(MalformedCredentialsException.class, () -> BasicCredentials.parse(header));
    }

    @Test
    void anOversizedHeaderIsRefusedUnread() {
        String header = "Basic " + "A".repeat(64 * 1024);

        MalformedCredentialsException e =
                assertThrows(
                        MalformedCredentialsException.class, () -> BasicCredentials.parse(header));
        assertEquals("header too long", e.getMessage());
    }

    @Test
    void theRefusalBodyIsTheContractsErrorShape() {
        assertEquals(
                "{\"error\":{\"message\":\"invalid credentials\",\"status\":401},\"errorNum\":401,"
                        + "\"errorMessage\":\"invalid credentials\",\"code\":401}",
                Refusal.errorBody(401, "invalid credentials"));
    }

    private static String basic(String userAndPassword) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
