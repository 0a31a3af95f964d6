package org.torc.cli.client.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a failure handler: which return codes a rule matches, how many times a job is
 * retried, and the recovery script run before a retry.
 *
 * <p>A rule listing the return code wins over a {@code match_all_exit_codes} rule. {@code
 * max_retries: 3} allows three retries after the first attempt, four attempts in all.
 */
final class FailureRules {

    /** One rule. */
    record Rule(List<Integer> exitCodes, boolean matchAll, String recoveryScript, int maxRetries) {}

    private final List<Rule> rules;

    private FailureRules(List<Rule> rules) {
        this.rules = rules;
    }

    /** The rules of a failure handler record, whose {@code rules} field is JSON text. */
    static FailureRules of(ObjectMapper mapper, JsonNode handler) {
        List<Rule> rules = new ArrayList<>();
        JsonNode field = handler.path("rules");
        try {
            JsonNode array = field.isTextual() ? mapper.readTree(field.asText()) : field;
            for (JsonNode rule : array) {
                rules.add(rule(rule));
            }
        } catch (IOException e) {
            return new FailureRules(List.of());
        }
        return new FailureRules(rules);
    }

    private static Rule rule(JsonNode rule) {
        List<Integer> codes = new ArrayList<>();
        rule.path("exit_codes").forEach(code -> codes.add(code.asInt()));
        String script =
                rule.path("recovery_script").isTextual()
                        ? rule.path("recovery_script").asText()
                        : null;
        return new Rule(
                codes,
                rule.path("match_all_exit_codes").asBoolean(false),
                script,
                rule.path("max_retries").asInt(3));
    }

    /** The rule for {@code returnCode}, if any. */
    Optional<Rule> match(int returnCode) {
        for (Rule rule : rules) {
            if (rule.exitCodes().contains(returnCode)) {
                return Optional.of(rule);
            }
        }
        if (returnCode == 0) {
            return Optional.empty();
        }
        return rules.stream().filter(Rule::matchAll).findFirst();
    }
}
