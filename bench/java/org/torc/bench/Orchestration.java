package org.torc.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Figure 4: independent no-op jobs through claim, start and complete by concurrent runners, end to
 * end (from the first claim to the last completion), after warm-up runs of the same size: at least
 * {@code --warmups} of them, and more until {@code --warmup-secs} have passed. Then {@code --runs}
 * measured runs; their median counts, since one run of two seconds varies by a tenth either way.
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

        List<Double> rates = new ArrayList<>();
        int leastCompleted = jobs;
        int claimedTwice = 0;
        for (int i = 0, runs = options.number("runs", 1); i < runs; i++) {
            JobRun measured = JobRun.prepare(api, "bench_orchestration_" + i, jobs);
            double seconds = measured.run(List.of(api), runners, runnerOptions);
            int completed = measured.statusCounts(api).getOrDefault("completed", 0);
            System.err.printf("measured %d: %.0f jobs/s%n", i, completed / seconds);
            rates.add(completed / seconds);
            leastCompleted = Math.min(leastCompleted, completed);
            claimedTwice += measured.ledger.claimedTwice();
        }
        System.out.println("jobs_per_sec=" + Stats.format(Stats.median(rates)));
        System.out.println("runs=" + rates.size());
        System.out.println(
                "range="
                        + Stats.format(Collections.min(rates))
                        + "-"
                        + Stats.format(Collections.max(rates)));
        System.out.println("completed=" + leastCompleted);
        System.out.println("claimed_twice=" + claimedTwice);

        Runner.Options withoutCommands =
                new Runner.Options(runnerOptions.batch(), false, runnerOptions.patienceMillis());
        JobRun serverOnly = JobRun.prepare(api, "bench_orchestration_no_commands", jobs);
        double serverSeconds = serverOnly.run(List.of(api), runners, withoutCommands);
        System.out.println("jobs_per_sec_without_commands=" + Stats.format(jobs / serverSeconds));
    }
}
