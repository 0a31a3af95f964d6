package org.torc.cli.client.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torc.cli.client.spec.Specs.yamlError;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each error is one line naming the file, the line and the key or jobs at fault. */
class SpecValidationTest {

    @Test
    void anUnknownKeyIsRefusedWithTheClosestKnownKey() {
        SpecException e =
                yamlError(
                        "name: w",
                        "jobs:",
                        "  - name: a",
                        "    command: echo",
                        "    dependz_on: [b]");

        assertEquals(
                "spec.yaml:5: unknown key 'dependz_on' in job 'a'; did you mean 'depends_on'?",
                e.getMessage());
    }

    @Test
    void anUnknownTopLevelKeyIsRefused() {
        SpecException e = yamlError("name: w", "jobz: []", "jobs: []");

        assertEquals(2, e.line());
        assertTrue(e.problem().startsWith("unknown key 'jobz' in the workflow"), e.problem());
    }

    @Test
    void aKeyOfAFeatureThisServerLacksSaysSo() {
        SpecException e = yamlError("name: w", "jobs: []", "actions: []");

        assertEquals(
                "spec.yaml:3: key 'actions' is not supported by this torc yet", e.getMessage());
    }

    @Test
    void dependingOnAMissingJobNamesTheKeyAndTheJob() {
        SpecException e =
                yamlError(
                        "name: w",
                        "jobs:",
                        "  - name: a",
                        "    command: echo",
                        "    depends_on: [nope]");

        assertEquals(5, e.line());
        assertEquals(
                "depends_on of job 'a' names 'nope', but there is no job by that name",
                e.problem());
    }

    @Test
    void aMissingFileInACommandVariableIsAnError() {
        SpecException e =
                yamlError(
                        "name: w",
                        "files: [{name: f1, path: f1.txt}]",
                        "jobs:",
                        "  - name: a",
                        "    command: cat ${files.input.f2}");

        assertEquals(5, e.line());
        assertTrue(e.problem().contains("${files.input.f2}"), e.problem());
    }

    @Test
    void missingResourceRequirementsAreAnError() {
        SpecException e =
                yamlError(
                        "name: w",
                        "jobs:",
                        "  - name: a",
                        "    command: echo",
                        "    resource_requirements: huge");

        assertEquals(5, e.line());
        assertTrue(e.problem().contains("'huge'"), e.problem());
    }

    @Test
    void aRegexMatchingNothingIsAnError() {
        SpecException e =
                yamlError(
                        "name: w",
                        "jobs:",
                        "  - name: a",
                        "    command: echo",
                        "  - name: b",
                        "    command: echo",
                        "    depends_on_regexes: ['^x_']");

        assertEquals(7, e.line());
        assertEquals("depends_on_regexes of job 'b': '^x_' matches no other job", e.problem());
    }

    @Test
    void aCycleNamesTheJobsInIt() {
        SpecException e =
                yamlError(
                        "name: w",
                        "jobs:",
                        "  - name: a",
                        "    command: echo",
                        "    depends_on: [c]",
                        "  - name: b",
                        "    command: echo",
                        "    depends_on: [a]",
                        "  - name: c",
                        "    command: echo",
                        "    depends_on: [b]");

        assertTrue(e.problem().startsWith("jobs wait for each other in a cycle"), e.problem());
        assertTrue(
                e.problem().endsWith("a -> c -> b -> a")
                        || e.problem().endsWith("b -> a -> c -> b")
                        || e.problem().endsWith("c -> b -> a -> c"),
                e.problem());
    }

    @Test
    void aCycleThroughFilesIsFound() {
        SpecException e =
                yamlError(
                        "name: w",
                        "files: [{name: x, path: x}, {name: y, path: y}]",
                        "jobs:",
                        "  - name: a",
                        "    command: cp ${files.input.y} ${files.output.x}",
                        "  - name: b",
                        "    command: cp ${files.input.x} ${files.output.y}");

        assertTrue(
                e.problem().contains("a -> b -> a") || e.problem().contains("b -> a -> b"),
                e.problem());
    }

    @Test
    void aJobReadingWhatItWritesWaitsForItself() {
        SpecException e =
                yamlError(
                        "name: w",
                        "files: [{name: log, path: log.txt}]",
                        "jobs:",
                        "  - name: a",
                        "    command: echo >> ${files.output.log}",
                        "    input_files: [log]");

        assertEquals(4, e.line());
        assertTrue(e.problem().contains("'a' waits for itself"), e.problem());
    }

    @Test
    void aDuplicateKeyNamesBothLines() {
        SpecException e = yamlError("name: w", "jobs: []", "name: v");

        assertEquals("spec.yaml:3: duplicate key 'name' (first on line 1)", e.getMessage());
    }

    @Test
    void aYamlSyntaxErrorGivesItsLineOnOneLine() {
        SpecException e = yamlError("name: w", "jobs:", "  - name: [a", "    command: echo");

        assertTrue(e.line() >= 3, e.getMessage());
        assertTrue(e.problem().startsWith("invalid YAML"), e.problem());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeNamesTheKey() {
        SpecException e =
                yamlError(
                        "name: w",
                        "jobs:",
                        "  - name: a",
                        "    command: echo",
                        "    supports_termination: sometimes");

        assertEquals(5, e.line());
        assertTrue(
                e.problem().startsWith("supports_termination of job 'a' must be true or false"),
                e.problem());
    }

    @Test
    void badResourceRequirementsAreRefused() {
        SpecException e =
                yamlError(
                        "name: w",
                        "jobs: []",
                        "resource_requirements:",
                        "  - name: r",
                        "    memory: lots");

        assertEquals(4, e.line());
        assertTrue(e.problem().contains("must look like 512m or 2g"), e.problem());
    }

    @Test
    void aMissingFileIsOneLine() {
        SpecException e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        SpecException.class,
                        () -> WorkflowSpecs.load(Path.of("/nonexistent/spec.yaml")));

        assertEquals("/nonexistent/spec.yaml:1: no such file", e.getMessage());
    }
}
