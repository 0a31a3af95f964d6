package org.torc.bench;

import java.util.List;

/**
 * Figure 4: independent no-op jobs through claim, start and complete by concurrent runners, end to
 * end (from the first claim to the last completion), after warm-up runs of the same size: at least
 * {@code --warmups} of them, and more until {@code --warmup-secs} have passed.
 */
final class Orchestration {

    private Orchestration() {}

    static void run(Options options) throws Exception {
        Api api = options.api();
        int jobs = options.number("jobs", 1000);
        int runners = options.number("runners", 4);
        Runner.Options runnerOptions =
                new Runner.Options(
                        options.number("batch", 4), options.number("execute", 1) == 1, 10_000);

        // The JIT needs tens of seconds of this load: warm up for a number of runs and seconds.
        long warmUntil = System.nanoTime() + options.number("warmup-secs", 0) * 1_000_000_000L;
        int warmups = options.number("warmups", 1);
        for (int i = 0; i < warmups || System.nanoTime() < warmUntil; i++) {
            JobRun warmup = JobRun.prepare(api, "bench_warmup_" + i, jobs);
            double seconds = warmup.run(List.of(api), runners, runnerOptions);
            System.err.printf("warm-up %d: %.0f jobs/s%n", i, jobs / seconds);
        }

        JobRun measured = JobRun.prepare(api, "bench_orchestration", jobs);
        double seconds = measured.run(List.of(api), runners, runnerOptions);
        int completed = measured.statusCounts(api).getOrDefault("completed", 0);
        System.out.println("jobs_per_sec=" + Stats.format(completed / seconds));
        System.out.println("seconds=" + Stats.format(seconds));
        System.out.println("completed=" + completed);
        System.out.println("claimed_twice=" + measured.ledger.claimedTwice());

        Runner.Options withoutCommands =
                new Runner.Options(runnerOptions.batch(), false, runnerOptions.patienceMillis());
        JobRun serverOnly = JobRun.prepare(api, "bench_orchestration_no_commands", jobs);
        double serverSeconds = serverOnly.run(List.of(api), runners, withoutCommands);
        System.out.println("jobs_per_sec_without_commands=" + Stats.format(jobs / serverSeconds));
    }
}
