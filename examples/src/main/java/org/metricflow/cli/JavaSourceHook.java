package org.metricflow.cli;

import org.metricflow.symbolic.functionals.Derivation;

/**
 * Where {@code derive --format java} meets the code generator (issue 2, part C): given a derivation, return the
 * generated Java source of its components as functions of the jet variables ({@link Derivation#jet}). Until the
 * code generator is merged this reports that the format is unavailable.
 */
final class JavaSourceHook {

    private JavaSourceHook() {
    }

    static String render(Derivation derivation) {
        throw new IllegalArgumentException("--format java needs the code generator (issue 2, part C), which is not "
                + "in this build; use --format text or latex");
    }
}
