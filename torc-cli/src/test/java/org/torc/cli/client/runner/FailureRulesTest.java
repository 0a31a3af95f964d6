package org.torc.cli.client.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FailureRulesTest {

    private final ObjectMapper mapper = new ObjectMapper();

    private FailureRules rules(String json) throws Exception {
        return FailureRules.of(mapper, mapper.createObjectNode().put("rules", json));
    }

    @Test
    void aRuleNamingTheCodeWinsOverMatchAll() throws Exception {
        FailureRules rules =
                rules(
                        "[{\"match_all_exit_codes\":true,\"max_retries\":1},"
                                + "{\"exit_codes\":[137],\"recovery_script\":\"./fix.sh\","
                                + "\"max_retries\":5}]");

        assertEquals(5, rules.match(137).orElseThrow().maxRetries());
        assertEquals("./fix.sh", rules.match(137).orElseThrow().recoveryScript());
        assertEquals(1, rules.match(2).orElseThrow().maxRetries());
        assertTrue(rules.match(0).isEmpty());
    }

    @Test
    void withoutMatchAllOnlyListedCodesMatch() throws Exception {
        FailureRules rules = rules("[{\"exit_codes\":[1,2]}]");

        assertEquals(3, rules.match(2).orElseThrow().maxRetries());
        assertTrue(rules.match(3).isEmpty());
    }

    @Test
    void unreadableRulesMatchNothing() throws Exception {
        assertTrue(rules("not json").match(1).isEmpty());
    }
}
