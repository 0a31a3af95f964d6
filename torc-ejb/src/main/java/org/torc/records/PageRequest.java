package org.torc.records;

import org.torc.problem.ServiceException;

/**
 * Which part of a list the client wants: skip {@code offset} records, return at most {@code limit},
 * ordered by the JSON field {@code sortBy} (the id when absent), reversed on request.
 */
public record PageRequest(long offset, int limit, String sortBy, boolean reverse) {

    /** The most records one call returns; a larger limit is refused. */
    public static final int MAX_LIMIT = 10_000;

    public PageRequest {
        if (offset < 0) {
            throw ServiceException.badRequest("offset must not be negative, got " + offset);
        }
        if (limit < 0) {
            throw ServiceException.badRequest("limit must not be negative, got " + limit);
        }
        sortBy = sortBy == null || sortBy.isBlank() ? null : sortBy.strip();
    }

    /** The request as the query parameters gave it; absent values take the defaults. */
    public static PageRequest of(Long offset, Long limit, String sortBy, Boolean reverse) {
        if (limit != null && limit > MAX_LIMIT) {
            throw ServiceException.badRequest(
                    "limit must be at most " + MAX_LIMIT + ", got " + limit);
        }
        return new PageRequest(
                offset == null ? 0 : offset,
                limit == null ? MAX_LIMIT : limit.intValue(),
                sortBy,
                Boolean.TRUE.equals(reverse));
    }

    /** The first {@code limit} records in id order. */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, null, false);
    }
}
