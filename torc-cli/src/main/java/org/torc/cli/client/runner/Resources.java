package org.torc.cli.client.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CPUs, memory and GPUs: what this machine offers jobs, and what is still free while some run. */
final class Resources {

    private static final Pattern MEMORY =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)b?", Pattern.CASE_INSENSITIVE);

    /** What one job needs, from its resource requirements. */
    record Need(int cpus, double memoryGb, int gpus) {

        static final Need DEFAULT = new Need(1, 0, 0);

        static Need of(JsonNode requirements) {
            return new Need(
                    requirements.path("num_cpus").asInt(1),
                    gigabytes(requirements.path("memory").asText("0")),
                    requirements.path("num_gpus").asInt(0));
        }
    }

    private int cpus;
    private double memoryGb;
    private int gpus;

    private Resources(int cpus, double memoryGb, int gpus) {
        this.cpus = cpus;
        this.memoryGb = memoryGb;
        this.gpus = gpus;
    }

    /** This machine's resources, or those the options give. */
    static Resources of(RunOptions options) {
        int cpus =
                options.numCpus != null
                        ? options.numCpus
                        : Runtime.getRuntime().availableProcessors();
        double memory = options.memoryGb != null ? options.memoryGb : machineMemoryGb();
        return new Resources(cpus, memory, options.numGpus);
    }

    private static double machineMemoryGb() {
        java.lang.management.OperatingSystemMXBean os =
                ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            long bytes = ((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize();
            return bytes / (1024.0 * 1024 * 1024);
        }
        return 1;
    }

    /** Gigabytes in a memory text such as {@code 512m}, {@code 2g} or {@code 1.5GB}. */
    static double gigabytes(String text) {
        Matcher m = MEMORY.matcher(text.strip());
        if (!m.matches()) {
            return 0;
        }
        double value = Double.parseDouble(m.group(1));
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k":
                return value / (1024 * 1024);
            case "m":
                return value / 1024;
            case "g":
                return value;
            case "t":
                return value * 1024;
            default:
                return value / (1024.0 * 1024 * 1024);
        }
    }

    int cpus() {
        return cpus;
    }

    double memoryGb() {
        return memoryGb;
    }

    int gpus() {
        return gpus;
    }

    void take(Need need) {
        cpus -= need.cpus();
        memoryGb -= need.memoryGb();
        gpus -= need.gpus();
    }

    void release(Need need) {
        cpus += need.cpus();
        memoryGb += need.memoryGb();
        gpus += need.gpus();
    }

    /** The body of {@code claim_jobs_based_on_resources}: what is free now. */
    ObjectNode toClaim() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("num_cpus", Math.max(0, cpus));
        body.put("memory_gb", Math.max(0, memoryGb));
        body.put("num_gpus", Math.max(0, gpus));
        body.put("num_nodes", 1);
        return body;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d CPUs, %.1f GB memory, %d GPUs", cpus, memoryGb, gpus);
    }
}
