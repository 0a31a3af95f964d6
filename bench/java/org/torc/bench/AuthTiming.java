package org.torc.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Figure 3: whether response time tells an attacker which user names exist. Wrong-password requests
 * (for an existing user) and unknown-user requests alternate on one connection, each with a fresh
 * random password so that no cache can answer; the medians are compared.
 */
final class AuthTiming {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthTiming() {}

    static void run(Options options) {
        Api target = new Api(options.text("url"));
        String user = options.text("user");
        int samples = options.number("samples", 30);
        List<Double> wrongPassword = new ArrayList<>();
        List<Double> unknownUser = new ArrayList<>();

        for (int i = 0; i < samples + 3; i++) {
            double wrong = timedRejection(target, user);
            double unknown = timedRejection(target, "nobody" + RANDOM.nextInt(1_000_000));
            if (i >= 3) {
                wrongPassword.add(wrong);
                unknownUser.add(unknown);
            }
        }

        double wrong = Stats.median(wrongPassword);
        double unknown = Stats.median(unknownUser);
        System.out.println("wrong_password_median_ms=" + Stats.format(wrong));
        System.out.println("unknown_user_median_ms=" + Stats.format(unknown));
        double gap = Math.abs(wrong - unknown) / Math.min(wrong, unknown) * 100;
        System.out.println("difference_percent=" + Stats.format(gap));
    }

    /** One request with a random password; milliseconds until the 401 arrived. */
    private static double timedRejection(Api target, String user) {
        String password = "wrong-" + Long.toHexString(RANDOM.nextLong());
        long start = System.nanoTime();
        Api.Answer answer = target.exchange("GET", "", null, Api.basic(user, password));
        double millis = (System.nanoTime() - start) / 1e6;
        if (answer.status() != 401) {
            throw new IllegalStateException(
                    "expected 401 for user " + user + ", got " + answer.status());
        }
        return millis;
    }
}
