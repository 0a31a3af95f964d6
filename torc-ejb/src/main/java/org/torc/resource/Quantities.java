package org.torc.resource;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.torc.problem.ServiceException;

/**
 * Reads the quantities of resource requirements and compute nodes: memory such as {@code 512m} or
 * {@code 20g} (binary multiples, so {@code 1g} is 1024 MiB) and durations as ISO 8601 ({@code
 * P0DT1H30M}) or Slurm style ({@code 1-02:00:00}, {@code 02:00:00}, {@code 30:00}).
 */
public final class Quantities {

    private static final Pattern MEMORY =
            Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgtp]?)i?b?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SLURM_TIME =
            Pattern.compile("(?:(\\d+)-)?(\\d+)(?::(\\d+))?(?::(\\d+))?");
    private static final double GIB = 1024.0 * 1024 * 1024;

    private Quantities() {}

    /** Bytes in {@code text}; a bare number is bytes. 422 when unreadable. */
    public static long memoryBytes(String text, String field) {
        Matcher match = MEMORY.matcher(text == null ? "" : text.strip());
        if (!match.matches()) {
            throw ServiceException.invalid(
                    "field '" + field + "' is not a memory size such as 512m or 20g: " + text);
        }
        double number = Double.parseDouble(match.group(1));
        int power = "bkmgtp".indexOf(unit(match.group(2)));
        return (long) (number * Math.pow(1024, power));
    }

    private static String unit(String letter) {
        return letter.isEmpty() ? "b" : letter.toLowerCase(Locale.ROOT);
    }

    /** Bytes in a number of GiB, as compute nodes report their memory. */
    public static long gibToBytes(double gib) {
        return (long) (gib * GIB);
    }

    public static double bytesToGib(long bytes) {
        return bytes / GIB;
    }

    /** Seconds in {@code text}. 422 when unreadable. */
    public static long seconds(String text, String field) {
        String value = text == null ? "" : text.strip();
        try {
            if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT)).getSeconds();
            }
        } catch (DateTimeParseException e) {
            throw notADuration(field, text);
        }
        Matcher match = SLURM_TIME.matcher(value);
        if (!match.matches()) {
            throw notADuration(field, text);
        }
        return slurmSeconds(match);
    }

    /**
     * Slurm's forms: minutes; minutes:seconds; hours:minutes:seconds; days-hours;
     * days-hours:minutes; days-hours:minutes:seconds.
     */
    private static long slurmSeconds(Matcher match) {
        long days = match.group(1) == null ? 0 : Long.parseLong(match.group(1));
        long[] parts = {
            Long.parseLong(match.group(2)),
            match.group(3) == null ? -1 : Long.parseLong(match.group(3)),
            match.group(4) == null ? -1 : Long.parseLong(match.group(4))
        };
        if (match.group(1) != null) {
            long minutes = Math.max(parts[1], 0);
            long seconds = Math.max(parts[2], 0);
            return ((days * 24 + parts[0]) * 60 + minutes) * 60 + seconds;
        }
        if (parts[2] >= 0) {
            return (parts[0] * 60 + parts[1]) * 60 + parts[2];
        }
        if (parts[1] >= 0) {
            return parts[0] * 60 + parts[1];
        }
        return parts[0] * 60;
    }

    private static ServiceException notADuration(String field, String text) {
        return ServiceException.invalid(
                "field '" + field + "' is not a duration such as P0DT1H or 01:00:00: " + text);
    }

    /** Seconds as an ISO 8601 duration with days, e.g. {@code P0DT1H30M}. */
    public static String isoDuration(long seconds) {
        Duration duration = Duration.ofSeconds(seconds);
        String time = Duration.ofSeconds(seconds % 86_400).toString().substring(1);
        return "P" + duration.toDays() + "D" + (time.equals("T0S") ? "T0S" : time);
    }
}
