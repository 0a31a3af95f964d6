package org.torc.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.torc.problem.ServiceException;

class QuantitiesTest {

    @Test
    void memorySizesUseBinaryMultiples() {
        assertEquals(1_048_576, Quantities.memoryBytes("1m", "memory"));
        assertEquals(20L << 30, Quantities.memoryBytes("20g", "memory"));
        assertEquals(20L << 30, Quantities.memoryBytes("20GB", "memory"));
        assertEquals(1536L << 20, Quantities.memoryBytes("1.5g", "memory"));
        assertEquals(512, Quantities.memoryBytes("512", "memory"));
    }

    @Test
    void unreadableMemoryIsRefusedNamingTheField() {
        ServiceException e =
                assertThrows(
                        ServiceException.class, () -> Quantities.memoryBytes("lots", "memory"));

        assertEquals(ServiceException.Kind.INVALID, e.kind());
        assertEquals(
                "field 'memory' is not a memory size such as 512m or 20g: lots", e.getMessage());
    }

    @Test
    void durationsInIsoAndSlurmForms() {
        assertEquals(60, Quantities.seconds("P0DT1M", "runtime"));
        assertEquals(90_000, Quantities.seconds("P1DT1H", "runtime"));
        assertEquals(3_600, Quantities.seconds("01:00:00", "runtime"));
        assertEquals(90, Quantities.seconds("1:30", "runtime"));
        assertEquals(1_800, Quantities.seconds("30", "runtime"));
        assertEquals(93_600, Quantities.seconds("1-02", "runtime"));
        assertEquals(93_660, Quantities.seconds("1-02:01", "runtime"));
    }

    @Test
    void unreadableDurationIsRefused() {
        assertThrows(ServiceException.class, () -> Quantities.seconds("soon", "runtime"));
        assertThrows(ServiceException.class, () -> Quantities.seconds("PXD", "runtime"));
    }

    @Test
    void secondsPrintAsIsoDurationsWithDays() {
        assertEquals("P0DT1M", Quantities.isoDuration(60));
        assertEquals("P1DT1H", Quantities.isoDuration(90_000));
        assertEquals("P0DT0S", Quantities.isoDuration(0));
    }
}
