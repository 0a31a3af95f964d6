package org.torc.bench;

/**
 * Entry point of the benchmark driver that bench/run compiles with the JDK alone.
 *
 * <p>Each command measures one figure against a running server and prints {@code name=value} lines
 * on standard output (progress goes to standard error); bench/run turns them into the table. Exit
 * status 1 means the figure could not be measured, with the reason on standard error.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println(
                    "usage: Bench orchestrate|dependency|scale|timing|fault-run --url URL ...");
            System.exit(2);
        }
        // Jobs start the way the torc runner starts them (TorcCommand.preferVforkForJobs).
        String launch = "jdk.lang.Process.launchMechanism";
        if (System.getProperty(launch) == null && Runtime.version().feature() <= 21) {
            System.setProperty(launch, "VFORK");
        }
        try {
            Options options = new Options(args, 1);
            switch (args[0]) {
                case "orchestrate" -> Orchestration.run(options);
                case "dependency" -> DependencyLatency.run(options);
                case "scale" -> Scale.run(options);
                case "timing" -> AuthTiming.run(options);
                case "fault-run" -> FaultRun.run(options);
                default -> {
                    System.err.println("unknown command: " + args[0]);
                    System.exit(2);
                }
            }
            System.exit(0);
        } catch (Exception e) {
            System.err.println(args[0] + ": " + e.getMessage());
            System.exit(1);
        }
    }
}
