package org.torc.records;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjLongConsumer;
import java.util.stream.Collectors;

/**
 * Inserts entities as rows through JDBC, reading the table and columns from their JPA annotations
 * (converters included) and handing back the generated ids.
 */
public final class EntityRows<E> {

    private final List<Field> columns;
    private final List<AttributeConverter<Object, Object>> converters;
    private final String insertSql;

    public EntityRows(Class<E> type) {
        this.columns = insertedColumns(type);
        this.converters = columns.stream().map(EntityRows::converter).toList();
        this.insertSql = insertSql(type, columns);
    }

    /** Inserts the entities in JDBC batches and gives each its id through {@code assignId}. */
    public void insertAll(EntityManager em, List<E> entities, ObjLongConsumer<E> assignId) {
        List<Object[]> rows = entities.stream().map(this::row).toList();
        List<Long> ids = Jdbc.of(em).insertAll(insertSql, rows);
        for (int i = 0; i < entities.size(); i++) {
            assignId.accept(entities.get(i), ids.get(i));
        }
    }

    private Object[] row(E entity) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = databaseValue(read(columns.get(i), entity), converters.get(i));
        }
        return values;
    }

    private static Object databaseValue(
            Object value, AttributeConverter<Object, Object> converter) {
        Object converted = converter == null ? value : converter.convertToDatabaseColumn(value);
        if (converted instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        return converted;
    }

    private static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static List<Field> insertedColumns(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : fieldsOf(type)) {
            if (field.isAnnotationPresent(Column.class)
                    && !field.isAnnotationPresent(Id.class)
                    && !Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return fields;
    }

    /** The fields the entity declares and inherits from mapped superclasses, inherited first. */
    static List<Field> fieldsOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        Class<?> superclass = type.getSuperclass();
        if (superclass != null && superclass.isAnnotationPresent(MappedSuperclass.class)) {
            fields.addAll(fieldsOf(superclass));
        }
        fields.addAll(List.of(type.getDeclaredFields()));
        return fields;
    }

    private static String insertSql(Class<?> type, List<Field> columns) {
        String names =
                columns.stream()
                        .map(field -> field.getAnnotation(Column.class).name())
                        .collect(Collectors.joining(", "));
        String marks = columns.stream().map(field -> "?").collect(Collectors.joining(", "));
        String table = type.getAnnotation(Table.class).name();
        return "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")";
    }

    @SuppressWarnings("unchecked")
    private static AttributeConverter<Object, Object> converter(Field field) {
        Convert convert = field.getAnnotation(Convert.class);
        if (convert == null) {
            return null;
        }
        try {
            return (AttributeConverter<Object, Object>)
                    convert.converter().getDeclaredConstructor().newInstance();
        } catch (InstantiationException
                | IllegalAccessException
                | InvocationTargetException
                | NoSuchMethodException e) {
            throw new IllegalStateException("cannot create converter of " + field, e);
        }
    }
}
