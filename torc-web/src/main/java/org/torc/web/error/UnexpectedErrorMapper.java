package org.torc.web.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything else is a bug: logged with its stack trace, answered with a 500 and no details. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger("torc.server");

    @Override
    public Response toResponse(Throwable e) {
        LOG.log(Level.SEVERE, "Unexpected error while serving a request", e);
        return ErrorBody.response(Status.INTERNAL_SERVER_ERROR, "internal server error");
    }
}
