package org.metricflow.symbolic.variation;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The functional derivative of ∫ L(x, f, ∂f, ∂∂f) dx^1…dx^n with respect to a scalar field f:
 * δ/δf = ∂L/∂f − Σ_i D_i ∂L/∂f_i + Σ_{i≤j} D_i D_j ∂L/∂f_ij, with D_i the total derivative. The density is given in
 * jet variables ({@code f_d1}, {@code f_d12}, …; the symmetric f_ij with i &lt; j occurs once, so its term has
 * coefficient 1); the partial derivatives are taken with Symja's {@code D} in jet variables, converted to function
 * form, differentiated totally, and converted back.
 */
public final class EulerLagrange {

    private EulerLagrange() {
    }

    /**
     * δ(∫L)/δf in jet variables (expanded).
     *
     * @param density L in jet variables of {@code field} up to second order and the coordinates
     * @param field   the varied field's name
     * @param chart   the coordinates, in the order of the jet indices
     */
    public static Sym derivative(Sym density, String field, Chart chart) {
        JetSpace jets = new JetSpace(chart.dimension(), List.of(field));
        List<Sym> coordinates = chart.coordinates();
        List<Sym> terms = new ArrayList<>();
        for (int[] idx : jets.multiIndices()) {
            Sym partial = density.d(JetVariables.symbol(JetSpace.variableName(field, idx)));
            if (partial.isZero()) {
                continue;
            }
            Sym term = JetVariables.toFunctions(partial, coordinates, List.of(field));
            for (int i : idx) {
                term = chart.d(term, i - 1);
            }
            terms.add(idx.length % 2 == 1 ? term.negate() : term);
        }
        return JetVariables.toJet(Sym.sum(terms), coordinates, List.of(field)).expand();
    }
}
