package org.metricflow.bench.symbolic;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.symbolic.cas.Substitution;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The two forms of a jet: fields as functions of the coordinates ({@code u(x,y)}, {@code Derivative(1,0)[u][x,y]}),
 * on which Symja's D acts as a total derivative, and jet symbols ({@code u}, {@code u$d1}), with respect to which
 * partial derivatives of a density are taken. Converts between them with one simultaneous substitution each way.
 */
final class JetForms {

    private final JetSpace jets;
    private final Variables variables;
    private final Sym[] coords;
    private final List<Sym> functionForms = new ArrayList<>();
    private final Substitution toJets;
    private final Substitution toFunctions;

    JetForms(JetSpace jets, List<String> coordinates) {
        if (coordinates.size() != jets.dimension()) {
            throw new IllegalArgumentException("need " + jets.dimension() + " coordinates, got " + coordinates);
        }
        this.jets = jets;
        this.variables = Variables.of(jets, List.of());
        this.coords = coordinates.stream().map(Sym::symbol).toArray(Sym[]::new);
        String args = String.join(",", coordinates);
        for (String field : jets.fields()) {
            Sym f = Sym.parse(field + "(" + args + ")");
            for (int[] alpha : jets.multiIndices()) {
                Sym form = f;
                for (int i : alpha) {
                    form = form.d(coords[i - 1]);
                }
                functionForms.add(form);
            }
        }
        toJets = new Substitution(functionForms, variables.symbols());
        toFunctions = new Substitution(variables.symbols(), functionForms);
    }

    Variables variables() {
        return variables;
    }

    Sym coordinate(int i) {
        return coords[i];
    }

    /** The field {@code field} as a function of the coordinates. */
    Sym function(String field) {
        return functionForms.get(jets.index(field));
    }

    /** Replaces fields and their derivatives by jet symbols. */
    Sym toJets(Sym e) {
        return toJets.apply(e);
    }

    /** Replaces jet symbols by fields and their derivatives. */
    Sym toFunctions(Sym e) {
        return toFunctions.apply(e);
    }

    /**
     * {@code e} (in function form) with every field replaced by the given expression in the coordinates, derivatives
     * included.
     *
     * @param values one expression per field, in the order of {@link JetSpace#fields()}
     */
    Sym substituteFields(Sym e, List<Sym> values) {
        List<Sym> replacements = new ArrayList<>();
        for (Sym value : values) {
            for (int[] alpha : jets.multiIndices()) {
                Sym d = value;
                for (int i : alpha) {
                    d = d.d(coords[i - 1]);
                }
                replacements.add(d);
            }
        }
        return new Substitution(functionForms, replacements).apply(e);
    }

    /**
     * The Euler–Lagrange expression of {@code density} (in function form) for {@code field}:
     * E = Σ_α (−D)_α ∂L/∂f_α over the multi-indices α of the jet space (each unordered α once, since L depends on
     * f_α through a single jet symbol).
     */
    Sym eulerLagrange(Sym density, String field) {
        Sym l = toJets(density);
        Sym sum = Sym.ZERO;
        for (int[] alpha : jets.multiIndices()) {
            Sym partial = l.d(variables.symbol(JetSpace.variableName(field, alpha)));
            if (partial.isZero()) {
                continue;
            }
            Sym term = toFunctions(partial);
            for (int i : alpha) {
                term = term.d(coords[i - 1]);
            }
            sum = alpha.length % 2 == 0 ? sum.plus(term) : sum.minus(term);
        }
        return sum;
    }
}
