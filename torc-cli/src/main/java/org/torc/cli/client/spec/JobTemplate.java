package org.torc.cli.client.spec;

import java.util.EnumMap;
import java.util.List;

/**
 * A {@code jobs} entry before expansion, its texts compiled against its parameters.
 *
 * <p>{@link #source()} keeps the entry's lines, so an error found after expansion still names the
 * line of the key at fault.
 */
record JobTemplate(
        SpecMap source,
        ParameterSet parameters,
        Template name,
        Template command,
        Template invocationScript,
        Template resourceRequirements,
        Template failureHandler,
        Template scheduler,
        Boolean cancelOnBlockingJobFailure,
        Boolean supportsTermination,
        EnumMap<Relation, List<Template>> names,
        EnumMap<Relation, List<Template>> regexes) {

    List<Template> names(Relation relation) {
        return names.getOrDefault(relation, List.of());
    }

    List<Template> regexes(Relation relation) {
        return regexes.getOrDefault(relation, List.of());
    }
}
