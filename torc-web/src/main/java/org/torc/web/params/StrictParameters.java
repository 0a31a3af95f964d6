package org.torc.web.params;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.function.Function;
import org.torc.job.JobStatus;
import org.torc.workflow.JobsSortMethod;

/** Converts query and path parameters, answering 400 with the parameter's name on bad input. */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(
            Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parse = parser(rawType);
        if (parse == null) {
            return null;
        }
        return (ParamConverter<T>) new Strict<>(name(annotations), parse);
    }

    private static Function<String, ?> parser(Class<?> type) {
        if (type == Long.class) {
            return Long::valueOf;
        }
        if (type == Integer.class) {
            return Integer::valueOf;
        }
        if (type == Boolean.class) {
            return StrictParameters::parseBoolean;
        }
        if (type == JobStatus.class) {
            return JobStatus::fromString;
        }
        if (type == JobsSortMethod.class) {
            return JobsSortMethod::fromString;
        }
        return null;
    }

    private static Boolean parseBoolean(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return "query parameter '" + query.value() + "'";
            }
            if (annotation instanceof PathParam path) {
                return "path parameter '" + path.value() + "'";
            }
        }
        return "parameter";
    }

    private record Strict<T>(String name, Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (IllegalArgumentException e) {
                String message = "invalid value for " + name + ": '" + value + "'";
                String detail =
                        e instanceof NumberFormatException ? "" : " (" + e.getMessage() + ")";
                throw new BadRequestException(message + detail);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
