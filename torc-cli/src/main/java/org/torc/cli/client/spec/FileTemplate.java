package org.torc.cli.client.spec;

/** A {@code files} entry before expansion: one file, or one per parameter combination. */
record FileTemplate(SpecMap source, Template name, Template path, ParameterSet parameters) {}
