/**
 * The {@code metricflow} command-line tool: one picocli command per subcommand ({@code derive}, {@code sample},
 * {@code kernel}, {@code flow}, {@code verify}, {@code bench}). Every subcommand takes {@code --json} and
 * {@code --debug}; bad input exits with status 2 and a one-line message naming the offending value.
 */
package org.metricflow.cli;
