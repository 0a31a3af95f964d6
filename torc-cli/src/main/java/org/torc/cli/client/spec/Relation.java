package org.torc.cli.client.spec;

/** How a job refers to other records of its workflow, by name or by regex. */
enum Relation {
    DEPENDS_ON("depends_on", "depends_on_regexes", "job"),
    INPUT_FILES("input_files", "input_file_regexes", "file"),
    OUTPUT_FILES("output_files", "output_file_regexes", "file"),
    INPUT_USER_DATA("input_user_data", "input_user_data_regexes", "user_data record"),
    OUTPUT_USER_DATA("output_user_data", "output_user_data_regexes", "user_data record");

    private final String key;
    private final String regexKey;
    private final String target;

    Relation(String key, String regexKey, String target) {
        this.key = key;
        this.regexKey = regexKey;
        this.target = target;
    }

    /** The specification key listing names, e.g. {@code input_files}. */
    String key() {
        return key;
    }

    /** The specification key listing regexes, e.g. {@code input_file_regexes}. */
    String regexKey() {
        return regexKey;
    }

    /** What the names refer to, for messages. */
    String target() {
        return target;
    }
}
