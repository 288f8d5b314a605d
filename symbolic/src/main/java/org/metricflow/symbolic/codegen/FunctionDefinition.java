package org.metricflow.symbolic.codegen;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.metricflow.symbolic.tree.Expr;
import org.metricflow.symbolic.tree.Variable;

/**
 * What to compile: named inputs (slot order), and named outputs with their expression trees (slot order). Names are
 * identifiers {@code [A-Za-z][A-Za-z0-9_]*}, unique within inputs and within outputs; every {@link Variable} of an
 * output must be an input.
 *
 * @param inputs      input names, e.g. {@code JetSpace.variableNames()} followed by coordinates
 * @param outputNames output names, e.g. {@code L}, {@code dL_dphi_d1}
 * @param outputs     one tree per output name
 */
public record FunctionDefinition(List<String> inputs, List<String> outputNames, List<Expr> outputs) {

    public FunctionDefinition {
        inputs = List.copyOf(inputs);
        outputNames = List.copyOf(outputNames);
        outputs = List.copyOf(outputs);
        if (outputs.isEmpty() || outputNames.size() != outputs.size()) {
            throw new IllegalArgumentException("need one name per output and at least one output, got "
                    + outputNames.size() + " names for " + outputs.size() + " outputs");
        }
        requireUniqueIdentifiers(inputs, "input name");
        requireUniqueIdentifiers(outputNames, "output name");
    }

    private static void requireUniqueIdentifiers(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            Variable.requireIdentifier(n, what);
            if (!seen.add(n)) {
                throw new IllegalArgumentException("duplicate " + what + " '" + n + "'");
            }
        }
    }
}
