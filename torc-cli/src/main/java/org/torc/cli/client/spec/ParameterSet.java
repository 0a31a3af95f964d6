package org.torc.cli.client.spec;

import java.util.List;

/**
 * The parameters of one job or file and how their values combine: every combination ({@code
 * product}, the default; the first parameter varies slowest, as in nested loops) or position by
 * position ({@code zip}, all parameters having the same number of values).
 */
final class ParameterSet {

    /** A bound on the records one template may expand to. */
    static final long MAX_COMBINATIONS = 10_000_000;

    private static final ParameterSet NONE = new ParameterSet(List.of(), List.of(), false);

    private final List<String> names;
    private final List<List<ParameterValue>> values;
    private final boolean zip;

    ParameterSet(List<String> names, List<List<ParameterValue>> values, boolean zip) {
        this.names = List.copyOf(names);
        this.values = List.copyOf(values);
        this.zip = zip;
    }

    /** No parameters: one combination, with no values. */
    static ParameterSet none() {
        return NONE;
    }

    List<String> names() {
        return names;
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    boolean isZip() {
        return zip;
    }

    /** How many combinations there are. */
    long size() {
        if (names.isEmpty()) {
            return 1;
        }
        if (zip) {
            return values.get(0).size();
        }
        long size = 1;
        for (List<ParameterValue> list : values) {
            size *= list.size();
            if (size > MAX_COMBINATIONS) {
                return size;
            }
        }
        return size;
    }

    /** Lists the parameters whose number of values differs from the first one's, for zip mode. */
    String zipMismatch() {
        for (int i = 1; i < names.size(); i++) {
            if (values.get(i).size() != values.get(0).size()) {
                return String.format(
                        "zip mode needs parameters of equal length, but '%s' has %d values"
                                + " and '%s' has %d",
                        names.get(0), values.get(0).size(), names.get(i), values.get(i).size());
            }
        }
        return null;
    }

    /** Calls {@code visitor} with each combination; the array is reused between calls. */
    <E extends Exception> void forEach(Visitor<E> visitor) throws E {
        long size = size();
        ParameterValue[] combination = new ParameterValue[names.size()];
        int[] positions = new int[names.size()];
        for (long n = 0; n < size; n++) {
            for (int p = 0; p < combination.length; p++) {
                combination[p] = values.get(p).get(zip ? (int) n : positions[p]);
            }
            visitor.visit(combination);
            advance(positions);
        }
    }

    private void advance(int[] positions) {
        for (int p = positions.length - 1; p >= 0; p--) {
            if (++positions[p] < values.get(p).size()) {
                return;
            }
            positions[p] = 0;
        }
    }

    /** Receives one combination of values, in the order of {@link #names()}. */
    @FunctionalInterface
    interface Visitor<E extends Exception> {
        void visit(ParameterValue[] combination) throws E;
    }
}
