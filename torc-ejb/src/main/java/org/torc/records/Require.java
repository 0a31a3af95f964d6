package org.torc.records;

import org.torc.problem.ServiceException;

/** Checks of the fields the contract marks as required; a missing one is a 400 naming it. */
public final class Require {

    private Require() {}

    public static <T> T present(T value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw ServiceException.badRequest("field '" + field + "' is required");
        }
        return value;
    }

    public static long notNegative(Long value, String field) {
        if (value != null && value < 0) {
            throw ServiceException.badRequest(
                    "field '" + field + "' must not be negative, got " + value);
        }
        return value == null ? 0 : value;
    }
}
