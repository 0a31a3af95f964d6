package org.torc.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional filters of a list call, as JPQL conditions on the entity {@code e}. A filter whose
 * value is null is left out, so callers pass query parameters through unchanged.
 */
public final class RecordQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private boolean matchesNothing;

    public static RecordQuery all() {
        return new RecordQuery();
    }

    /** Keeps records whose {@code attribute} equals {@code value}. */
    public RecordQuery equal(String attribute, Object value) {
        if (value != null) {
            String name = parameter(value);
            conditions.add("e." + attribute + " = :" + name);
        }
        return this;
    }

    /** Keeps records whose {@code attribute} contains {@code text}. */
    public RecordQuery contains(String attribute, String text) {
        if (text != null) {
            String name = parameter("%" + text + "%");
            conditions.add("e." + attribute + " LIKE :" + name);
        }
        return this;
    }

    /** Keeps records whose id is one of {@code ids}; an empty collection keeps none. */
    public RecordQuery idIn(Collection<Long> ids) {
        if (ids != null) {
            if (ids.isEmpty()) {
                matchesNothing = true;
            } else {
                String name = parameter(List.copyOf(ids));
                conditions.add("e.id IN :" + name);
            }
        }
        return this;
    }

    /** Keeps records whose id is not one of {@code ids}. */
    public RecordQuery idNotIn(Collection<Long> ids) {
        if (ids != null && !ids.isEmpty()) {
            String name = parameter(List.copyOf(ids));
            conditions.add("e.id NOT IN :" + name);
        }
        return this;
    }

    /**
     * Keeps records matching a JPQL condition on {@code e} whose one parameter is written {@code
     * :%s}, e.g. {@code "e.id IN (SELECT o.fileId FROM JobOutputFile o WHERE o.jobId = :%s)"}.
     */
    public RecordQuery where(String condition, Object value) {
        if (value != null) {
            conditions.add(condition.formatted(parameter(value)));
        }
        return this;
    }

    /** Keeps records matching a JPQL condition on {@code e} without parameters. */
    public RecordQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    private String parameter(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return name;
    }

    /** True when a filter excludes every record (an empty id list). */
    public boolean matchesNothing() {
        return matchesNothing;
    }

    /**
     * The {@code WHERE} clause of the conditions, empty without conditions. (No {@code 1 = 1}
     * placeholder: a comparison of two literals makes EclipseLink stop binding parameters and print
     * them into the SQL, booleans as numbers, which H2 2.x refuses.)
     */
    public String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The named parameters the conditions use. */
    public Map<String, Object> parameters() {
        return parameters;
    }
}
