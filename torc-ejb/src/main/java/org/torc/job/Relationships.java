package org.torc.job;

import java.util.List;

/**
 * The ids a job is linked to: upstream jobs, files and user data it reads and writes. A null list
 * means "none given".
 */
record Relationships(
        List<Long> dependsOn,
        List<Long> inputFiles,
        List<Long> outputFiles,
        List<Long> inputUserData,
        List<Long> outputUserData) {

    static Relationships none() {
        return new Relationships(List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
