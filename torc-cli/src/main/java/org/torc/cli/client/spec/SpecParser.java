package org.torc.cli.client.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the tree of a specification file into a {@link WorkflowSpec}: every key known, every value
 * of the right type, parameters parsed and texts compiled. Names are resolved later, by {@link
 * SpecExpander}, once parameters are expanded.
 */
final class SpecParser {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The types a record field may have. */
    private enum Type {
        TEXT,
        INTEGER,
        BOOLEAN,
        ANY
    }

    private static final Map<String, Type> SETTINGS =
            Map.of(
                    "compute_node_expiration_buffer_seconds", Type.INTEGER,
                    "compute_node_wait_for_new_jobs_seconds", Type.INTEGER,
                    "compute_node_ignore_workflow_completion", Type.BOOLEAN,
                    "compute_node_wait_for_healthy_database_minutes", Type.INTEGER,
                    "compute_node_min_time_for_new_jobs_seconds", Type.INTEGER,
                    "jobs_sort_method", Type.TEXT);

    /** Keys the original accepts for features this server does not have. */
    private static final Set<String> UNSUPPORTED =
            Set.of("actions", "resource_monitor", "execution_config", "use_pending_failed");

    private static final Set<String> WORKFLOW_KEYS =
            union(
                    Set.of(
                            "name",
                            "user",
                            "description",
                            "parameters",
                            "jobs",
                            "files",
                            "user_data",
                            "resource_requirements",
                            "failure_handlers",
                            "slurm_schedulers",
                            "local_schedulers"),
                    SETTINGS.keySet(),
                    UNSUPPORTED);

    private static final Set<String> PARAMETER_KEYS =
            Set.of("parameters", "parameter_mode", "use_parameters");

    private static final Set<String> JOB_KEYS = jobKeys();

    private static final Set<String> FILE_KEYS = union(Set.of("name", "path"), PARAMETER_KEYS);

    private static final Map<String, Type> USER_DATA =
            Map.of("name", Type.TEXT, "data", Type.ANY, "is_ephemeral", Type.BOOLEAN);

    private static final Map<String, Type> RESOURCE_REQUIREMENTS =
            Map.of(
                    "name", Type.TEXT,
                    "num_cpus", Type.INTEGER,
                    "num_gpus", Type.INTEGER,
                    "num_nodes", Type.INTEGER,
                    "memory", Type.TEXT,
                    "runtime", Type.TEXT);

    private static final Map<String, Type> SLURM_SCHEDULER = slurmFields();

    private static final Map<String, Type> LOCAL_SCHEDULER =
            Map.of("name", Type.TEXT, "memory", Type.TEXT, "num_cpus", Type.INTEGER);

    private static final Set<String> FAILURE_HANDLER_KEYS = Set.of("name", "rules");

    private static final Set<String> RULE_KEYS =
            Set.of("exit_codes", "match_all_exit_codes", "recovery_script", "max_retries");

    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern MEMORY = Pattern.compile("\\d+(\\.\\d+)?\\s*[kKmMgGtT]?[bB]?");

    private final Path file;
    private final Map<String, SpecNode> workflowParameters;
    private final SpecMap root;
    private final Map<String, List<ParameterValue>> parsedWorkflowParameters = new HashMap<>();

    private SpecParser(Path file, SpecMap root) throws SpecException {
        this.file = file;
        this.root = root;
        this.workflowParameters = root.entries("parameters");
    }

    /** The specification in {@code tree}, read from {@code file}. */
    static WorkflowSpec parse(Path file, SpecNode tree) throws SpecException {
        SpecMap root = SpecMap.of(file, tree, "the workflow", WORKFLOW_KEYS);
        return new SpecParser(file, root).parse();
    }

    private WorkflowSpec parse() throws SpecException {
        refuseUnsupported();
        ObjectNode workflow = workflow();
        List<PlannedRecord> schedulers = new ArrayList<>();
        schedulers.addAll(records("slurm_schedulers", "slurm scheduler", SLURM_SCHEDULER));
        schedulers.addAll(records("local_schedulers", "local scheduler", LOCAL_SCHEDULER));
        return new WorkflowSpec(
                file,
                workflow,
                jobs(),
                files(),
                records("user_data", "user_data record", USER_DATA),
                resourceRequirements(),
                failureHandlers(),
                schedulers);
    }

    private void refuseUnsupported() throws SpecException {
        for (String key : UNSUPPORTED) {
            if (root.has(key)) {
                throw root.error(key, "key '" + key + "' is not supported by this torc yet");
            }
        }
        if (!root.has("jobs")) {
            throw new SpecException(file, root.line(), "the workflow needs a 'jobs' list");
        }
    }

    private ObjectNode workflow() throws SpecException {
        ObjectNode workflow = JSON.objectNode();
        workflow.put("name", root.requiredText("name"));
        putText(workflow, "user", root.text("user"));
        putText(workflow, "description", root.text("description"));
        for (Map.Entry<String, Type> setting : SETTINGS.entrySet()) {
            putField(workflow, root, setting.getKey(), setting.getValue());
        }
        return workflow;
    }

    // ---- jobs

    private List<JobTemplate> jobs() throws SpecException {
        List<JobTemplate> jobs = new ArrayList<>();
        for (SpecMap entry : root.maps("jobs", "job", JOB_KEYS)) {
            jobs.add(job(entry));
        }
        return jobs;
    }

    private JobTemplate job(SpecMap entry) throws SpecException {
        SpecMap job = entry.named("job '" + entry.requiredText("name") + "'");
        job.requiredText("command");
        ParameterSet parameters = parameters(job);
        List<String> names = parameters.names();
        return new JobTemplate(
                job,
                parameters,
                compile(job, "name", names),
                compile(job, "command", names),
                compile(job, "invocation_script", names),
                compile(job, "resource_requirements", names),
                compile(job, "failure_handler", names),
                compile(job, "scheduler", names),
                job.bool("cancel_on_blocking_job_failure"),
                job.bool("supports_termination"),
                relations(job, names, false),
                relations(job, names, true));
    }

    private EnumMap<Relation, List<Template>> relations(
            SpecMap job, List<String> parameters, boolean regexes) throws SpecException {
        EnumMap<Relation, List<Template>> relations = new EnumMap<>(Relation.class);
        for (Relation relation : Relation.values()) {
            String key = regexes ? relation.regexKey() : relation.key();
            List<Template> templates = new ArrayList<>();
            for (String text : job.texts(key)) {
                templates.add(compile(job, key, text, parameters));
            }
            if (!templates.isEmpty()) {
                relations.put(relation, templates);
            }
        }
        return relations;
    }

    private static Template compile(SpecMap map, String key, List<String> parameters)
            throws SpecException {
        return compile(map, key, map.text(key), parameters);
    }

    private static Template compile(SpecMap map, String key, String text, List<String> params)
            throws SpecException {
        try {
            return Template.compile(text, params);
        } catch (IllegalArgumentException e) {
            throw map.error(key, key + " of " + map.owner() + ": " + e.getMessage());
        }
    }

    // ---- parameters

    private ParameterSet parameters(SpecMap item) throws SpecException {
        Map<String, List<ParameterValue>> values = new LinkedHashMap<>();
        for (String name : item.texts("use_parameters")) {
            values.put(name, workflowParameter(item, name));
        }
        for (Map.Entry<String, SpecNode> entry : item.entries("parameters").entrySet()) {
            String where = "parameter '" + entry.getKey() + "' of " + item.owner();
            values.put(entry.getKey(), values(entry.getKey(), entry.getValue(), where));
        }
        if (values.isEmpty()) {
            return ParameterSet.none();
        }
        ParameterSet set =
                new ParameterSet(
                        new ArrayList<>(values.keySet()),
                        new ArrayList<>(values.values()),
                        zip(item));
        checkSize(item, set);
        return set;
    }

    private List<ParameterValue> workflowParameter(SpecMap item, String name) throws SpecException {
        SpecNode node = workflowParameters.get(name);
        if (node == null) {
            throw item.error(
                    "use_parameters",
                    "use_parameters of "
                            + item.owner()
                            + " names '"
                            + name
                            + "', which is not a workflow parameter");
        }
        List<ParameterValue> values = parsedWorkflowParameters.get(name);
        if (values == null) {
            values = values(name, node, "workflow parameter '" + name + "'");
            parsedWorkflowParameters.put(name, values);
        }
        return values;
    }

    private List<ParameterValue> values(String name, SpecNode node, String where)
            throws SpecException {
        if (!PARAMETER_NAME.matcher(name).matches()) {
            throw new SpecException(file, node.line(), where + ": a name must be an identifier");
        }
        List<ParameterValue> values;
        try {
            values =
                    node.kind() == SpecNode.Kind.LIST
                            ? listValues(node, where)
                            : scalarValues(node, where);
        } catch (IllegalArgumentException e) {
            throw new SpecException(file, node.line(), where + ": " + e.getMessage());
        }
        if (values.isEmpty()) {
            throw new SpecException(file, node.line(), where + " has no values");
        }
        return values;
    }

    private List<ParameterValue> scalarValues(SpecNode node, String where) throws SpecException {
        switch (node.kind()) {
            case TEXT:
                return ParameterValues.parse(node.text());
            case INTEGER:
            case DECIMAL:
            case BOOLEAN:
                return List.of(ParameterValues.single(node.text()));
            default:
                throw new SpecException(
                        file, node.line(), where + " must be a range, a list or a value");
        }
    }

    private List<ParameterValue> listValues(SpecNode node, String where) throws SpecException {
        List<ParameterValue> values = new ArrayList<>();
        for (SpecNode item : node.items()) {
            if (!item.isScalar()) {
                throw new SpecException(file, item.line(), where + " must list plain values");
            }
            values.add(
                    item.kind() == SpecNode.Kind.TEXT
                            ? new ParameterValue.Text(item.text())
                            : ParameterValues.single(item.text()));
        }
        return values;
    }

    private static boolean zip(SpecMap item) throws SpecException {
        String mode = item.text("parameter_mode");
        if (mode == null || mode.equals("product")) {
            return false;
        }
        if (mode.equals("zip")) {
            return true;
        }
        throw item.error(
                "parameter_mode",
                "parameter_mode of "
                        + item.owner()
                        + " must be product or zip, not '"
                        + mode
                        + "'");
    }

    private static void checkSize(SpecMap item, ParameterSet set) throws SpecException {
        String key = item.has("parameters") ? "parameters" : "use_parameters";
        if (set.isZip() && set.zipMismatch() != null) {
            throw item.error(key, item.owner() + ": " + set.zipMismatch());
        }
        if (set.size() > ParameterSet.MAX_COMBINATIONS) {
            throw item.error(
                    key,
                    item.owner()
                            + " expands to more than "
                            + ParameterSet.MAX_COMBINATIONS
                            + " combinations");
        }
    }

    // ---- files and other records

    private List<FileTemplate> files() throws SpecException {
        List<FileTemplate> files = new ArrayList<>();
        for (SpecMap entry : root.maps("files", "file", FILE_KEYS)) {
            SpecMap file = entry.named("file '" + entry.requiredText("name") + "'");
            file.requiredText("path");
            ParameterSet parameters = parameters(file);
            files.add(
                    new FileTemplate(
                            file,
                            compile(file, "name", parameters.names()),
                            compile(file, "path", parameters.names()),
                            parameters));
        }
        return files;
    }

    private List<PlannedRecord> resourceRequirements() throws SpecException {
        List<PlannedRecord> records =
                records("resource_requirements", "resource requirements", RESOURCE_REQUIREMENTS);
        for (PlannedRecord record : records) {
            checkMemory(record, record.body().path("memory").asText(null));
            checkRuntime(record, record.body().path("runtime").asText(null));
        }
        return records;
    }

    private void checkMemory(PlannedRecord record, String memory) throws SpecException {
        if (memory != null && !MEMORY.matcher(memory.strip()).matches()) {
            throw new SpecException(
                    file,
                    record.line(),
                    "memory of resource requirements '"
                            + record.name()
                            + "' must look like 512m or 2g, not '"
                            + memory
                            + "'");
        }
    }

    private void checkRuntime(PlannedRecord record, String runtime) throws SpecException {
        if (runtime == null) {
            return;
        }
        try {
            Duration.parse(runtime);
        } catch (DateTimeParseException e) {
            throw new SpecException(
                    file,
                    record.line(),
                    "runtime of resource requirements '"
                            + record.name()
                            + "' must be an ISO 8601 duration such as PT30M or P0DT1H, not '"
                            + runtime
                            + "'");
        }
    }

    private List<PlannedRecord> failureHandlers() throws SpecException {
        List<PlannedRecord> handlers = new ArrayList<>();
        for (SpecMap entry :
                root.maps("failure_handlers", "failure handler", FAILURE_HANDLER_KEYS)) {
            String name = entry.requiredText("name");
            SpecMap handler = entry.named("failure handler '" + name + "'");
            ArrayNode rules = JSON.arrayNode();
            for (SpecMap rule : handler.maps("rules", "rule of " + handler.owner(), RULE_KEYS)) {
                rules.add(rule(rule));
            }
            if (rules.isEmpty()) {
                throw handler.error("rules", handler.owner() + " needs at least one rule");
            }
            ObjectNode body = JSON.objectNode().put("name", name).put("rules", rules.toString());
            handlers.add(new PlannedRecord("failure_handlers", name, body, handler.line()));
        }
        return handlers;
    }

    private ObjectNode rule(SpecMap rule) throws SpecException {
        ObjectNode body = JSON.objectNode();
        ArrayNode codes = body.putArray("exit_codes");
        for (String code : rule.texts("exit_codes")) {
            try {
                codes.add(Integer.parseInt(code.strip()));
            } catch (NumberFormatException e) {
                throw rule.error("exit_codes", "exit_codes must be integers, not '" + code + "'");
            }
        }
        Boolean matchAll = rule.bool("match_all_exit_codes");
        body.put("match_all_exit_codes", Boolean.TRUE.equals(matchAll));
        putText(body, "recovery_script", rule.text("recovery_script"));
        Long retries = rule.integer("max_retries");
        if (retries != null && retries < 0) {
            throw rule.error("max_retries", "max_retries must not be negative");
        }
        body.put("max_retries", retries == null ? 3 : retries);
        if (codes.isEmpty() && !Boolean.TRUE.equals(matchAll)) {
            throw new SpecException(
                    file,
                    rule.line(),
                    rule.owner() + " needs exit_codes or match_all_exit_codes: true");
        }
        return body;
    }

    private List<PlannedRecord> records(String key, String what, Map<String, Type> fields)
            throws SpecException {
        List<PlannedRecord> records = new ArrayList<>();
        for (SpecMap entry : root.maps(key, what, fields.keySet())) {
            String name = entry.requiredText("name");
            SpecMap record = entry.named(what + " '" + name + "'");
            ObjectNode body = JSON.objectNode();
            for (Map.Entry<String, Type> field : fields.entrySet()) {
                putField(body, record, field.getKey(), field.getValue());
            }
            records.add(new PlannedRecord(key, name, body, record.line()));
        }
        return records;
    }

    private static void putField(ObjectNode body, SpecMap map, String key, Type type)
            throws SpecException {
        if (!map.has(key)) {
            return;
        }
        switch (type) {
            case TEXT:
                body.put(key, map.text(key));
                break;
            case INTEGER:
                body.put(key, map.integer(key));
                break;
            case BOOLEAN:
                body.put(key, map.bool(key));
                break;
            default:
                body.set(key, json(map.node(key)));
        }
    }

    private static void putText(ObjectNode body, String key, String value) {
        if (value != null) {
            body.put(key, value);
        }
    }

    /** A specification value as JSON, for user data. */
    static JsonNode json(SpecNode node) {
        switch (node.kind()) {
            case MAP:
                ObjectNode object = JSON.objectNode();
                node.entries().forEach((key, value) -> object.set(key, json(value)));
                return object;
            case LIST:
                ArrayNode array = JSON.arrayNode();
                node.items().forEach(item -> array.add(json(item)));
                return array;
            case INTEGER:
                return JSON.numberNode(new BigInteger(node.text()));
            case DECIMAL:
                return decimal(node.text());
            case BOOLEAN:
                return JSON.booleanNode(Boolean.parseBoolean(node.text()));
            case NULL:
                return JSON.nullNode();
            default:
                return JSON.textNode(node.text());
        }
    }

    private static JsonNode decimal(String text) {
        try {
            return JSON.numberNode(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return JSON.textNode(text);
        }
    }

    // ---- key sets

    private static Set<String> jobKeys() {
        Set<String> keys =
                new HashSet<>(
                        Set.of(
                                "name",
                                "command",
                                "invocation_script",
                                "resource_requirements",
                                "failure_handler",
                                "scheduler",
                                "cancel_on_blocking_job_failure",
                                "supports_termination"));
        for (Relation relation : Relation.values()) {
            keys.add(relation.key());
            keys.add(relation.regexKey());
        }
        keys.addAll(PARAMETER_KEYS);
        return Set.copyOf(keys);
    }

    private static Map<String, Type> slurmFields() {
        Map<String, Type> fields = new HashMap<>();
        for (String text :
                List.of("name", "account", "gres", "mem", "partition", "qos", "tmp", "walltime")) {
            fields.put(text, Type.TEXT);
        }
        fields.put("extra", Type.TEXT);
        fields.put("nodes", Type.INTEGER);
        fields.put("ntasks_per_node", Type.INTEGER);
        return Map.copyOf(fields);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
