package org.metricflow.symbolic.codegen;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * A compiled local density L(jet, coordinates) and its gradient ∂L/∂v with respect to every jet variable v of a
 * {@link JetSpace} — the local loss term of a metric flow and what the chain rule over jets needs.
 *
 * <p>Input layout (one point): the {@link JetSpace#variableNames() jet variables} in slot order, then the
 * coordinates. Output layout of {@link #valueAndGradient()}: {@code [L, ∂L/∂v_0, …, ∂L/∂v_{m−1}]} (m =
 * {@link JetSpace#size()}), named {@code L, dL_d<v>}. The partial derivatives are exact (Symja's D on the jet
 * symbols of {@link Variables#of(JetSpace, List)}), not finite differences. Thread-safe.
 */
public final class LocalDensity {

    private final JetSpace jets;
    private final List<String> coordinates;
    private final Sym density;
    private final List<Sym> gradient;
    private final CompiledFunction value;
    private final CompiledFunction valueAndGradient;

    private LocalDensity(JetSpace jets, List<String> coordinates, Sym density, List<Sym> gradient,
                         CompiledFunction value, CompiledFunction valueAndGradient) {
        this.jets = jets;
        this.coordinates = coordinates;
        this.density = density;
        this.gradient = gradient;
        this.value = value;
        this.valueAndGradient = valueAndGradient;
    }

    /**
     * Differentiates {@code density} with respect to every jet variable and compiles value and value+gradient.
     *
     * @param density     an expression in the jet symbols of {@code jets} (see {@link Variables#of(JetSpace, List)})
     *                    and the coordinates
     * @param jets        the jet variables
     * @param coordinates coordinate names the density may depend on explicitly (may be empty)
     * @throws IllegalArgumentException when the density has a non-whitelisted head or a symbol that is neither a
     *                                  jet variable nor a coordinate
     */
    public static LocalDensity compile(Sym density, JetSpace jets, List<String> coordinates) {
        Variables variables = Variables.of(jets, coordinates);
        List<Sym> outputs = outputs(density, jets, variables);
        CompiledFunction value = Codegen.compile(List.of(density), List.of("L"), variables);
        CompiledFunction both = Codegen.compile(outputs, outputNames(jets), variables);
        return new LocalDensity(jets, List.copyOf(coordinates), density,
                List.copyOf(outputs.subList(1, outputs.size())), value, both);
    }

    /**
     * The Java source {@link #compile} compiles for value and gradient, without compiling it (what
     * {@code derive ... --format java} prints).
     */
    public static String javaSource(Sym density, JetSpace jets, List<String> coordinates) {
        Variables variables = Variables.of(jets, coordinates);
        return Codegen.javaSource(outputs(density, jets, variables), outputNames(jets), variables);
    }

    /** [L, ∂L/∂v_0, …] for the jet variables v in slot order. */
    private static List<Sym> outputs(Sym density, JetSpace jets, Variables variables) {
        List<Sym> outputs = new ArrayList<>(jets.size() + 1);
        outputs.add(density);
        for (String v : jets.variableNames()) {
            outputs.add(density.d(variables.symbol(v)));
        }
        return outputs;
    }

    private static List<String> outputNames(JetSpace jets) {
        List<String> names = new ArrayList<>(jets.size() + 1);
        names.add("L");
        for (String v : jets.variableNames()) {
            names.add("dL_d" + v);
        }
        return names;
    }

    public JetSpace jets() {
        return jets;
    }

    public List<String> coordinates() {
        return coordinates;
    }

    /** Values per point: jet size plus number of coordinates. */
    public int inputs() {
        return jets.size() + coordinates.size();
    }

    /** The density L. */
    public Sym density() {
        return density;
    }

    /** ∂L/∂v for each jet variable v, in slot order. */
    public List<Sym> gradient() {
        return gradient;
    }

    /** Compiled L (one output). */
    public CompiledFunction value() {
        return value;
    }

    /** Compiled [L, ∂L/∂v_0, …] sharing one method body (common subexpressions computed once). */
    public CompiledFunction valueAndGradient() {
        return valueAndGradient;
    }

    /**
     * L at {@code count} points.
     *
     * @param points {@code count × inputs()} values, point-major (not modified)
     * @param out    receives L at each point, length ≥ count (modified)
     */
    public void values(double[] points, double[] out, int count) {
        value.evaluateBatch(points, out, count);
    }

    /**
     * L and its gradient at {@code count} points.
     *
     * @param points {@code count × inputs()} values, point-major (not modified)
     * @param out    receives {@code count × (1 + jets().size())} values, point-major (modified)
     */
    public void valuesAndGradients(double[] points, double[] out, int count) {
        valueAndGradient.evaluateBatch(points, out, count);
    }
}
