package org.torc.workflow;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The order in which resource-based claiming considers ready jobs. */
public enum JobsSortMethod {
    /** Most GPUs first, then longest runtime, then most memory: the default. */
    GPUS_RUNTIME_MEMORY("gpus_runtime_memory"),
    /** Most GPUs first, then most memory, then longest runtime. */
    GPUS_MEMORY_RUNTIME("gpus_memory_runtime"),
    /** Job id order. */
    NONE("none");

    private final String wireName;

    JobsSortMethod(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Parses the contract's name; also used by JAX-RS for query parameters. */
    @JsonCreator
    public static JobsSortMethod fromString(String name) {
        return Arrays.stream(values())
                .filter(method -> method.wireName.equals(name))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalArgumentException(
                                        "unknown jobs sort method '"
                                                + name
                                                + "'; use one of "
                                                + Arrays.stream(values())
                                                        .map(JobsSortMethod::wireName)
                                                        .collect(Collectors.joining(", "))));
    }

    /** Stores the contract's name in the database. */
    @Converter
    public static class Column implements AttributeConverter<JobsSortMethod, String> {
        @Override
        public String convertToDatabaseColumn(JobsSortMethod method) {
            return method == null ? null : method.wireName;
        }

        @Override
        public JobsSortMethod convertToEntityAttribute(String name) {
            return name == null ? null : fromString(name);
        }
    }
}
