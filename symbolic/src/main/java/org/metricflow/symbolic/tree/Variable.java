package org.metricflow.symbolic.tree;

/**
 * A named input, e.g. the jet variable {@code phi_d12} or the coordinate {@code x}.
 *
 * @param name letters, digits and underscores, starting with a letter (so it can never carry code or quotes)
 */
public record Variable(String name) implements Expr {

    public Variable {
        requireIdentifier(name, "variable name");
    }

    /**
     * Checks that {@code name} is an identifier {@code [A-Za-z][A-Za-z0-9_]*}.
     *
     * @throws IllegalArgumentException naming {@code what} and the offending value otherwise
     */
    public static String requireIdentifier(String name, String what) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]{0,127}")) {
            throw new IllegalArgumentException(what + " must be letters, digits and '_' starting with a letter "
                    + "(at most 128 characters), got '" + name + "'");
        }
        return name;
    }
}
