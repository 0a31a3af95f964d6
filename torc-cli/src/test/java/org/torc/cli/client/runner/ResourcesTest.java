package org.torc.cli.client.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResourcesTest {

    @Test
    void readsMemoryTextsInGigabytes() {
        assertEquals(2.0, Resources.gigabytes("2g"));
        assertEquals(0.5, Resources.gigabytes("512m"));
        assertEquals(1.5, Resources.gigabytes("1.5GB"));
        assertEquals(2048.0, Resources.gigabytes("2t"));
        assertEquals(1.0, Resources.gigabytes("1048576k"));
        assertEquals(0.0, Resources.gigabytes("lots"));
    }

    @Test
    void takingAndReleasingKeepsTheClaimBodyInStep() {
        RunOptions options = new RunOptions();
        options.numCpus = 4;
        options.memoryGb = 8.0;
        Resources free = Resources.of(options);
        Resources.Need need = new Resources.Need(3, 6, 0);

        free.take(need);

        assertEquals(1, free.toClaim().get("num_cpus").asInt());
        assertEquals(2.0, free.toClaim().get("memory_gb").asDouble());
        free.release(need);
        assertEquals(4, free.toClaim().get("num_cpus").asInt());
    }
}
