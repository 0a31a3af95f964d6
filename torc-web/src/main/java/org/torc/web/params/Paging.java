package org.torc.web.params;

import jakarta.ws.rs.QueryParam;
import org.torc.problem.ServiceException;
import org.torc.records.PageRequest;

/** The paging query parameters of every list call: offset, limit, sort_by, reverse_sort. */
public class Paging {

    @QueryParam("offset")
    Long offset;

    @QueryParam("limit")
    Long limit;

    @QueryParam("sort_by")
    String sortBy;

    @QueryParam("reverse_sort")
    Boolean reverseSort;

    /** The page asked for; a limit above 10,000 or a negative offset is a 400. */
    public PageRequest request() {
        return PageRequest.of(offset, limit, sortBy, reverseSort);
    }

    /** Fails with 400 naming the query parameter when a required one is missing. */
    public static long required(Long value, String name) {
        if (value == null) {
            throw ServiceException.badRequest("query parameter '" + name + "' is required");
        }
        return value;
    }
}
