package org.metricflow.symbolic.variation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The Euler–Lagrange operator (functional derivative) of a local functional with respect to its coordinate
 * integrand: δF/δf = Σ_α (−D)^α ∂(L μ)/∂(∂_α f), where α runs over the sorted multi-indices of the derivatives of f
 * that occur and D_i is the total derivative (Symja's D acting on fields in function form). The result is a density
 * with respect to dx: δF = ∫ (δF/δf) δf dx for variations δf of compact support (or on a closed manifold).
 *
 * <p><b>Symmetric tensors.</b> The metric is parameterised by its independent components g_ij, i ≤ j, each one field
 * ({@code g12} stands for both g_12 and g_21). The Euler–Lagrange expression of the field {@code g12} is therefore the
 * derivative for varying g_12 and g_21 <em>together</em>, which is E^{12} + E^{21} = 2E^{12} for the symmetric tensor
 * density E^{ij} defined by δF = ∫ E^{ij} δg_ij dx (sum over all i, j). {@link #metricGradient} returns E^{ij}
 * (halving the off-diagonal components); it has upper indices.
 */
public final class EulerLagrange {

    private EulerLagrange() {
    }

    /** δF/δ{@code field}, normalised with {@code simplification}. */
    public static Sym derivative(LocalFunctional f, String field, Simplification simplification) {
        if (!f.fields().contains(field)) {
            throw new IllegalArgumentException("'" + field + "' is not a field of " + f.name() + "; fields are "
                    + f.fields());
        }
        Chart chart = f.chart();
        List<Sym> coords = chart.coordinates();
        Sym jet = JetVariables.toJet(f.integrand(), coords, f.fields());
        List<Sym> terms = new ArrayList<>();
        for (String symbol : jet.symbolNames()) {
            String name = JetVariables.jetName(symbol);
            int[] alpha = multiIndex(name, field);
            if (alpha == null) {
                continue;
            }
            Sym partial = JetVariables.toFunctions(jet.d(JetVariables.symbol(name)), coords, f.fields());
            for (int i : alpha) {
                partial = partial.d(coords.get(i - 1));
            }
            terms.add(alpha.length % 2 == 0 ? partial : partial.negate());
        }
        return simplification.apply(Sym.sum(terms));
    }

    /** δF/δf for every field, in field order. */
    public static Map<String, Sym> derivatives(LocalFunctional f, Simplification simplification) {
        Map<String, Sym> out = new LinkedHashMap<>();
        f.fields().forEach(field -> out.put(field, derivative(f, field, simplification)));
        return out;
    }

    /**
     * The symmetric tensor density E^{ij} with δF = ∫ E^{ij} δg_ij dx: the Euler–Lagrange expression of the field
     * {@code gij}, halved for i ≠ j (see the class comment). The fields {@code g11 … gnn} must be fields of F.
     */
    public static SymmetricMatrix metricGradient(LocalFunctional f, Simplification simplification) {
        int n = f.chart().dimension();
        Sym half = Sym.rational(1, 2);
        return SymmetricMatrix.of(n, (i, j) -> {
            Sym el = derivative(f, JetSpace.metricComponent(i + 1, j + 1), simplification);
            return i == j ? el : simplification.apply(el.times(half));
        });
    }

    /** The derivative multi-index (1-based, sorted) if {@code jetName} is a jet variable of {@code field}. */
    private static int[] multiIndex(String jetName, String field) {
        if (jetName.equals(field)) {
            return new int[0];
        }
        String prefix = field + "_d";
        if (!jetName.startsWith(prefix) || !jetName.substring(prefix.length()).matches("[1-9]+")) {
            return null;
        }
        return jetName.substring(prefix.length()).chars().map(c -> c - '0').toArray();
    }

    /**
     * δF/δ{@code field} of F = ∫ L d^n x for a density typed in jet variables of one scalar field ({@code f_d1},
     * {@code f_d12}, …; as `derive variation` reads it): Σ_α (−D)_α ∂L/∂(∂_α f), returned in jet variables (orders up
     * to twice the density's).
     */
    public static Sym derivative(Sym jetDensity, String field, Chart chart) {
        return derivatives(jetDensity, List.of(field), chart).get(field);
    }

    /**
     * δF/δf for each of several scalar fields of a density typed in their jet variables (e.g. g11, g11_d1, phi_d12):
     * field → Euler–Lagrange expression in jet variables, in the order of {@code fields}.
     */
    public static Map<String, Sym> derivatives(Sym jetDensity, List<String> fields, Chart chart) {
        List<Sym> coordinates = chart.coordinates();
        Sym functionForm = JetVariables.toFunctions(jetDensity, coordinates, fields);
        LocalFunctional f = new LocalFunctional("density", chart, fields, functionForm, Measure.coordinate());
        Map<String, Sym> out = new LinkedHashMap<>();
        for (String field : fields) {
            out.put(field, JetVariables.toJet(derivative(f, field, Simplification.NONE), coordinates, fields)
                    .expand());
        }
        return out;
    }
}
