package org.torc.cli.client.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Expands a {@link WorkflowSpec} into a {@link WorkflowPlan}: one file and one job per parameter
 * combination, <code>${files.input.NAME}</code> and its kin replaced, every name and regex
 * resolved, and the dependency graph checked for cycles.
 *
 * <p>Records are resolved in the order they can be: resource requirements, failure handlers,
 * schedulers and user data first, then files, then jobs, whose {@code depends_on} may name jobs
 * further down the file and so waits until every job is known.
 */
final class SpecExpander {

    private static final Pattern VARIABLE =
            Pattern.compile("\\$\\{(files|user_data)\\.(input|output)\\.([^}]+)}");

    private final WorkflowSpec spec;
    private final Path file;
    private final List<PlannedRecord> files = new ArrayList<>();
    private final List<PlannedJob> jobs = new ArrayList<>();
    private final NameIndex fileNames = new NameIndex("file");
    private final NameIndex jobNames = new NameIndex("job");
    private NameIndex userDataNames;
    private NameIndex resourceNames;
    private NameIndex handlerNames;
    private NameIndex schedulerNames;

    private SpecExpander(WorkflowSpec spec) {
        this.spec = spec;
        this.file = spec.file();
    }

    static WorkflowPlan expand(WorkflowSpec spec) throws SpecException {
        return new SpecExpander(spec).expand();
    }

    private WorkflowPlan expand() throws SpecException {
        resourceNames = index(spec.resourceRequirements(), "resource requirements");
        handlerNames = index(spec.failureHandlers(), "failure handler");
        schedulerNames = index(spec.schedulers(), "scheduler");
        userDataNames = index(spec.userData(), "user_data");
        expandFiles();
        expandJobs();
        resolveDependencies();
        int[] levels = DependencyGraph.levels(file, jobs, files.size(), spec.userData().size());
        return new WorkflowPlan(
                spec.workflow(),
                files,
                spec.userData(),
                spec.resourceRequirements(),
                spec.failureHandlers(),
                spec.schedulers(),
                jobs,
                levels);
    }

    private NameIndex index(List<PlannedRecord> records, String what) throws SpecException {
        NameIndex index = new NameIndex(what);
        for (PlannedRecord record : records) {
            index.add(file, record.name(), record.line());
        }
        return index;
    }

    // ---- files

    private void expandFiles() throws SpecException {
        for (FileTemplate template : spec.files()) {
            template.parameters().forEach(values -> addFile(template, values));
        }
    }

    private void addFile(FileTemplate template, ParameterValue[] values) throws SpecException {
        SpecMap source = template.source();
        String name = render(source, "name", template.name(), values);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("name", name);
        body.put("path", render(source, "path", template.path(), values));
        fileNames.add(file, name, source.line());
        files.add(new PlannedRecord("files", name, body, source.line()));
    }

    // ---- jobs

    private void expandJobs() throws SpecException {
        for (JobTemplate template : spec.jobs()) {
            template.parameters().forEach(values -> addJob(template, values));
        }
    }

    private void addJob(JobTemplate template, ParameterValue[] values) throws SpecException {
        SpecMap source = template.source();
        String name = render(source, "name", template.name(), values);
        EnumMap<Relation, Set<Integer>> links = new EnumMap<>(Relation.class);
        String command = render(source, "command", template.command(), values);
        String script = render(source, "invocation_script", template.invocationScript(), values);
        PlannedJob job =
                new PlannedJob(
                        template,
                        name,
                        substitute(source, name, "command", command, links),
                        substitute(source, name, "invocation_script", script, links),
                        reference(
                                source,
                                name,
                                template.resourceRequirements(),
                                values,
                                "resource_requirements",
                                resourceNames),
                        reference(
                                source,
                                name,
                                template.failureHandler(),
                                values,
                                "failure_handler",
                                handlerNames),
                        reference(
                                source,
                                name,
                                template.scheduler(),
                                values,
                                "scheduler",
                                schedulerNames));
        linkRecords(job, values, links);
        Relation dependsOn = Relation.DEPENDS_ON;
        job.dependsOnNames =
                renderAll(source, dependsOn.key(), template.names(dependsOn), values, false);
        job.dependsOnPatterns =
                renderAll(source, dependsOn.regexKey(), template.regexes(dependsOn), values, true);
        jobNames.add(file, name, source.line());
        jobs.add(job);
    }

    private String render(SpecMap source, String key, Template template, ParameterValue[] values)
            throws SpecException {
        if (template == null) {
            return null;
        }
        try {
            return template.render(values);
        } catch (IllegalArgumentException e) {
            throw source.error(key, key + " of " + source.owner() + ": " + e.getMessage());
        }
    }

    private List<String> renderAll(
            SpecMap source,
            String key,
            List<Template> templates,
            ParameterValue[] values,
            boolean quote)
            throws SpecException {
        if (templates.isEmpty()) {
            return null;
        }
        List<String> texts = new ArrayList<>(templates.size());
        for (Template template : templates) {
            try {
                texts.add(quote ? template.renderQuoted(values) : template.render(values));
            } catch (IllegalArgumentException e) {
                throw source.error(key, key + " of " + source.owner() + ": " + e.getMessage());
            }
        }
        return texts;
    }

    private int reference(
            SpecMap source,
            String job,
            Template template,
            ParameterValue[] values,
            String key,
            NameIndex index)
            throws SpecException {
        String name = render(source, key, template, values);
        if (name == null) {
            return -1;
        }
        int position = index.find(name);
        if (position < 0) {
            throw source.error(key, missing(key, job, name, "no " + key.replace('_', ' ')));
        }
        return position;
    }

    private static String missing(String key, String job, String name, String what) {
        return key
                + " of job '"
                + job
                + "' names '"
                + name
                + "', but there is "
                + what
                + " by that name";
    }

    /** Replaces <code>${files.input.NAME}</code> and its kin, noting the links they imply. */
    private String substitute(
            SpecMap source,
            String job,
            String key,
            String text,
            EnumMap<Relation, Set<Integer>> links)
            throws SpecException {
        if (text == null || !text.contains("${")) {
            return text;
        }
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            Relation relation = relation(matcher.group(1), matcher.group(2));
            String replacement = variable(source, job, key, matcher, relation, links);
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String variable(
            SpecMap source,
            String job,
            String key,
            Matcher matcher,
            Relation relation,
            EnumMap<Relation, Set<Integer>> links)
            throws SpecException {
        boolean isFile = matcher.group(1).equals("files");
        String name = matcher.group(3);
        int position = (isFile ? fileNames : userDataNames).find(name);
        if (position < 0) {
            String what = isFile ? "no file" : "no user_data record";
            throw source.error(
                    key,
                    String.format(
                            "%s of job '%s' uses %s, but there is %s named '%s'",
                            key, job, matcher.group(), what, name));
        }
        links.computeIfAbsent(relation, r -> new LinkedHashSet<>()).add(position);
        return isFile ? files.get(position).body().path("path").asText() : userDataText(position);
    }

    private String userDataText(int position) {
        JsonNode data = spec.userData().get(position).body().get("data");
        return data == null ? "null" : data.toString();
    }

    private static Relation relation(String namespace, String direction) {
        boolean input = direction.equals("input");
        if (namespace.equals("files")) {
            return input ? Relation.INPUT_FILES : Relation.OUTPUT_FILES;
        }
        return input ? Relation.INPUT_USER_DATA : Relation.OUTPUT_USER_DATA;
    }

    private void linkRecords(
            PlannedJob job, ParameterValue[] values, EnumMap<Relation, Set<Integer>> links)
            throws SpecException {
        for (Relation relation : Relation.values()) {
            if (relation == Relation.DEPENDS_ON) {
                continue;
            }
            NameIndex index = relation.target().equals("file") ? fileNames : userDataNames;
            Set<Integer> linked = links.computeIfAbsent(relation, r -> new LinkedHashSet<>());
            linkNames(job, values, relation, index, linked);
            linkRegexes(job, values, relation, index, linked);
            job.links[relation.ordinal()] = toArray(linked);
        }
    }

    private void linkNames(
            PlannedJob job,
            ParameterValue[] values,
            Relation relation,
            NameIndex index,
            Set<Integer> linked)
            throws SpecException {
        SpecMap source = job.template().source();
        List<String> names =
                renderAll(source, relation.key(), job.template().names(relation), values, false);
        if (names == null) {
            return;
        }
        for (String name : names) {
            int position = index.find(name);
            if (position < 0) {
                throw source.error(
                        relation.key(),
                        missing(relation.key(), job.name(), name, "no " + relation.target()));
            }
            linked.add(position);
        }
    }

    private void linkRegexes(
            PlannedJob job,
            ParameterValue[] values,
            Relation relation,
            NameIndex index,
            Set<Integer> linked)
            throws SpecException {
        List<String> patterns =
                renderAll(
                        job.template().source(),
                        relation.regexKey(),
                        job.template().regexes(relation),
                        values,
                        true);
        if (patterns == null) {
            return;
        }
        for (String pattern : patterns) {
            int[] matches = match(job, relation.regexKey(), pattern, index);
            if (matches.length == 0) {
                throw noMatch(job, relation.regexKey(), pattern, relation.target());
            }
            for (int position : matches) {
                linked.add(position);
            }
        }
    }

    private int[] match(PlannedJob job, String key, String pattern, NameIndex index)
            throws SpecException {
        try {
            return index.matching(pattern);
        } catch (PatternSyntaxException e) {
            throw job.template()
                    .source()
                    .error(
                            key,
                            key
                                    + " of job '"
                                    + job.name()
                                    + "': '"
                                    + pattern
                                    + "' is not a valid regex: "
                                    + e.getDescription());
        }
    }

    private SpecException noMatch(PlannedJob job, String key, String pattern, String target) {
        return job.template()
                .source()
                .error(
                        key,
                        key
                                + " of job '"
                                + job.name()
                                + "': '"
                                + readable(pattern)
                                + "' matches no "
                                + target);
    }

    /** A regex as the user wrote it, without the quoting of substituted values. */
    private static String readable(String pattern) {
        return pattern.replace("\\Q", "").replace("\\E", "");
    }

    // ---- dependencies between jobs

    private void resolveDependencies() throws SpecException {
        for (int i = 0; i < jobs.size(); i++) {
            PlannedJob job = jobs.get(i);
            Set<Integer> waitsFor = new LinkedHashSet<>();
            dependOnNames(job, i, waitsFor);
            dependOnPatterns(job, i, waitsFor);
            job.links[Relation.DEPENDS_ON.ordinal()] = toArray(waitsFor);
            job.dependsOnNames = null;
            job.dependsOnPatterns = null;
        }
    }

    private void dependOnNames(PlannedJob job, int self, Set<Integer> waitsFor)
            throws SpecException {
        if (job.dependsOnNames == null) {
            return;
        }
        SpecMap source = job.template().source();
        for (String name : job.dependsOnNames) {
            int position = jobNames.find(name);
            if (position < 0) {
                throw source.error("depends_on", missing("depends_on", job.name(), name, "no job"));
            }
            if (position == self) {
                throw source.error("depends_on", "job '" + name + "' depends on itself");
            }
            waitsFor.add(position);
        }
    }

    private void dependOnPatterns(PlannedJob job, int self, Set<Integer> waitsFor)
            throws SpecException {
        if (job.dependsOnPatterns == null) {
            return;
        }
        String key = Relation.DEPENDS_ON.regexKey();
        for (String pattern : job.dependsOnPatterns) {
            boolean matchedOther = false;
            for (int position : match(job, key, pattern, jobNames)) {
                if (position != self) {
                    waitsFor.add(position);
                    matchedOther = true;
                }
            }
            if (!matchedOther) {
                throw noMatch(job, key, pattern, "other job");
            }
        }
    }

    private static int[] toArray(Set<Integer> positions) {
        int[] array = new int[positions.size()];
        int i = 0;
        for (int position : positions) {
            array[i++] = position;
        }
        return array;
    }
}
