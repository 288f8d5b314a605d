package org.metricflow.cli;

/** How {@code derive} prints expressions ({@code --format}). */
enum OutputFormat {
    /** Symja input form, parsable back. */
    TEXT,
    /** LaTeX, jet variables as partial derivatives. */
    LATEX,
    /** Java source of the compiled local terms (the code generator). */
    JAVA
}
