package org.metricflow.flows;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * Test problems with known solutions, written in jet slots (test fixtures, not curvature formulas of the paper's
 * flows, which come from generated code).
 */
public final class TestFlows {

    private TestFlows() {
    }

    /** Names u_d11, u_d22, … of the pure second derivatives of field f. */
    static List<String> laplacianInputs(String f, int d) {
        List<String> names = new ArrayList<>();
        for (int a = 1; a <= d; a++) {
            names.add(JetSpace.variableName(f, a, a));
        }
        return names;
    }

    /** ∂_t u = Δu on T^d: a mode cos(k·x) decays as e^{−|k|²t}. Readout g = e^{2u}δ. */
    public static FlowDefinition heat(int d) {
        JetSpace jets = new JetSpace(d, 2, List.of("u"));
        JavaFunction v = new JavaFunction(laplacianInputs("u", d), List.of("u_t"), (in, o, out, oo) -> {
            double s = 0;
            for (int a = 0; a < d; a++) {
                s += in[o + a];
            }
            out[oo] = s;
        }, "heat equation u_t = Laplacian u");
        return new FlowDefinition("heat", jets, v, new ConformalMetric(jets, "u"));
    }

    /**
     * ∂_t u = e^{−2u} Δu on T²: Ricci flow of g = e^{2u}δ written for the conformal factor (R = −2e^{−2u}Δu,
     * ∂_t g = −R g). Density e^{2u} = √det g (its integral, the area, is conserved).
     */
    public static FlowDefinition conformalRicci2d() {
        JetSpace jets = new JetSpace(2, 2, List.of("u"));
        List<String> in = new ArrayList<>(List.of("u"));
        in.addAll(laplacianInputs("u", 2));
        JavaFunction v = new JavaFunction(in, List.of("u_t"),
                (x, o, out, oo) -> out[oo] = Math.exp(-2 * x[o]) * (x[o + 1] + x[o + 2]),
                "conformal Ricci flow u_t = exp(-2u) Laplacian u");
        JavaFunction area = new JavaFunction(List.of("u"), List.of("sqrt_det_g"),
                (x, o, out, oo) -> out[oo] = Math.exp(2 * x[o]), "area density exp(2u)");
        return new FlowDefinition("conformal-ricci", jets, v, new ConformalMetric(jets, "u")).withDensity(area);
    }

    /**
     * Ricci flow on T² written for conformal metrics g = g11 δ only (g11 = g22, g12 = 0): ∂_t g = −R g with
     * R = −Δ ln g11 / g11, i.e. ∂_t g11 = Δ ln g11 = Δg11/g11 − |∇g11|²/g11² (and the same for g22), ∂_t g12 = 0.
     * A stand-in for the generated Ricci velocity in tests of the regressions.
     */
    public static JavaFunction conformalRicciComponents() {
        List<String> in = List.of("g11", "g11_d1", "g11_d2", "g11_d11", "g11_d22",
                "g22", "g22_d1", "g22_d2", "g22_d11", "g22_d22");
        return new JavaFunction(in, List.of("g11_t", "g12_t", "g22_t"), (x, o, y, oo) -> {
            y[oo] = lapLog(x, o);
            y[oo + 1] = 0;
            y[oo + 2] = lapLog(x, o + 5);
        }, "Laplacian of ln g11 (conformal metrics only)");
    }

    private static double lapLog(double[] x, int o) {
        double g = x[o];
        return (x[o + 3] + x[o + 4]) / g - (x[o + 1] * x[o + 1] + x[o + 2] * x[o + 2]) / (g * g);
    }

    /** ∂_t g_ij = Δ g_ij for every component (Ricci–DeTurck flow linearised at the flat metric). */
    public static FlowDefinition componentHeat(int d) {
        List<String> fields = JetSpace.metricComponents(d);
        JetSpace jets = new JetSpace(d, 2, fields);
        List<String> in = new ArrayList<>();
        for (String f : fields) {
            in.addAll(laplacianInputs(f, d));
        }
        int m = fields.size();
        List<String> out = fields.stream().map(f -> f + "_t").toList();
        JavaFunction v = new JavaFunction(in, out, (x, o, y, oo) -> {
            for (int k = 0; k < m; k++) {
                double s = 0;
                for (int a = 0; a < d; a++) {
                    s += x[o + k * d + a];
                }
                y[oo + k] = s;
            }
        }, "heat equation on every metric component");
        return new FlowDefinition("component-heat", jets, v, new ComponentMetric(jets));
    }

    /** ∂_t g_11 = −1, the other components fixed: the metric degenerates where g_11 first reaches 0. */
    public static FlowDefinition drain(int d) {
        List<String> fields = JetSpace.metricComponents(d);
        JetSpace jets = new JetSpace(d, 0, fields);
        List<String> out = fields.stream().map(f -> f + "_t").toList();
        JavaFunction v = new JavaFunction(List.of("g11"), out, (x, o, y, oo) -> {
            java.util.Arrays.fill(y, oo, oo + out.size(), 0.0);
            y[oo] = -1;
        }, "g11_t = -1");
        return new FlowDefinition("drain", jets, v, new ComponentMetric(jets));
    }

    /** ∂_t u = u² (blows up at t = 1/u₀ where u₀ > 0), readout e^{2u}δ. */
    public static FlowDefinition riccati(int d) {
        JetSpace jets = new JetSpace(d, 0, List.of("u"));
        JavaFunction v = new JavaFunction(List.of("u"), List.of("u_t"), (x, o, y, oo) -> y[oo] = x[o] * x[o],
                "u_t = u^2");
        return new FlowDefinition("riccati", jets, v, new ConformalMetric(jets, "u"));
    }

    /**
     * Dirichlet loss l = ½ Σ_a (∂_a f)² with its jet gradient (outputs l, ∂l/∂f_d1, …): −δl/δf = Δf, the heat
     * velocity (Ω̄ = 1).
     */
    public static JavaFunction dirichletLoss(String f, int d) {
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>(List.of("l"));
        for (int a = 1; a <= d; a++) {
            in.add(JetSpace.variableName(f, a));
            out.add("dl_d" + JetSpace.variableName(f, a));
        }
        return new JavaFunction(in, out, (x, o, y, oo) -> {
            double s = 0;
            for (int a = 0; a < d; a++) {
                s += x[o + a] * x[o + a];
                y[oo + 1 + a] = x[o + a];
            }
            y[oo] = 0.5 * s;
        }, "Dirichlet energy density");
    }

    /** Flat metric components δ_ij on every point of the grid, field-major. */
    public static double[] flatComponents(int d, int points) {
        List<String> fields = JetSpace.metricComponents(d);
        double[] y = new double[fields.size() * points];
        for (int k = 0; k < fields.size(); k++) {
            String f = fields.get(k);
            if (f.charAt(1) == f.charAt(2)) {
                java.util.Arrays.fill(y, k * points, (k + 1) * points, 1.0);
            }
        }
        return y;
    }
}
