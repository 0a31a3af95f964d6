package org.torc.cli.client.spec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/** A specification as written: records checked, jobs and files not yet expanded. */
record WorkflowSpec(
        Path file,
        ObjectNode workflow,
        List<JobTemplate> jobs,
        List<FileTemplate> files,
        List<PlannedRecord> userData,
        List<PlannedRecord> resourceRequirements,
        List<PlannedRecord> failureHandlers,
        List<PlannedRecord> schedulers) {}
