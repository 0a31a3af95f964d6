package org.torc.web.params;

import org.torc.problem.ServiceException;

/** Request bodies: a missing one is a 400, not a null passed on to a service. */
public final class Bodies {

    private Bodies() {}

    public static <T> T required(T body) {
        if (body == null) {
            throw ServiceException.badRequest("a JSON request body is required");
        }
        return body;
    }
}
