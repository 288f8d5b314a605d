package org.metricflow.cli;

import java.util.Arrays;
import java.util.List;

/** Parsing of simple CLI lists. */
final class CliText {

    private CliText() {
    }

    /** A comma-separated list of names, e.g. {@code --coords x,y}; at least one, no blanks. */
    static List<String> names(String option, String text) {
        List<String> names = Arrays.stream(text.split(",")).map(String::trim).toList();
        if (names.isEmpty() || names.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException(option + " must be a comma-separated list of names, got '" + text
                    + "'");
        }
        return names;
    }
}
