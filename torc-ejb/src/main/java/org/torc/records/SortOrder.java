package org.torc.records;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.TreeMap;
import org.torc.problem.ServiceException;

/**
 * Turns a client's {@code sort_by} (a JSON field name) into a JPQL {@code ORDER BY} on the entity
 * {@code e}. Only stored fields can be sorted by; anything else is a 400 listing the choices.
 */
public final class SortOrder {

    private final String what;
    private final Map<String, String> attributes;

    public SortOrder(Class<?> type, String what) {
        this.what = what;
        this.attributes = sortableFields(type);
    }

    /** {@code ORDER BY} for the page: the requested field, then the id to keep pages stable. */
    public String orderBy(PageRequest page) {
        String direction = page.reverse() ? " DESC" : "";
        if (page.sortBy() == null || page.sortBy().equals("id")) {
            return " ORDER BY e.id" + direction;
        }
        String attribute = attributes.get(page.sortBy());
        if (attribute == null) {
            throw ServiceException.badRequest(
                    "cannot sort "
                            + what
                            + " records by '"
                            + page.sortBy()
                            + "'; use one of "
                            + String.join(", ", attributes.keySet()));
        }
        return " ORDER BY e." + attribute + direction + ", e.id" + direction;
    }

    private static Map<String, String> sortableFields(Class<?> type) {
        Map<String, String> fields = new TreeMap<>();
        for (Field field : EntityRows.fieldsOf(type)) {
            JsonProperty json = field.getAnnotation(JsonProperty.class);
            if (json != null && field.isAnnotationPresent(Column.class)) {
                fields.put(json.value(), field.getName());
            }
        }
        return fields;
    }
}
