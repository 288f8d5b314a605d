package org.metricflow.flows.classic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.metricflow.flows.ComponentMetric;
import org.metricflow.flows.KahlerMetric;
import org.metricflow.flows.MetricReadout;
import org.metricflow.symbolic.jet.JetSpace;

/** The classical flows, their fields, jet orders and where they stand in the paper. */
public enum ClassicalFlow {
    /** Ricci flow ∂_t g_ij = −2R_ij, eq. (2.39). */
    RICCI("ricci", "eq. (2.39)", false, 2),
    /** Perelman's flow of (g, φ) with the dilaton equation, eqs. (2.40)–(2.41). */
    PERELMAN("perelman", "eqs. (2.40)-(2.41)", false, 2),
    /** Kähler–Ricci flow ∂_t g_{ab̄} = −R_{ab̄}, as the potential flow ∂_t φ = ln det(δ + ∂∂̄φ), eq. (B.4). */
    KAHLER_RICCI("kahler-ricci", "eq. (B.4)", true, 2),
    /** Calabi flow ∂_t g_{ab̄} = ∂_a∂̄_b R, as a potential flow, eqs. (B.8)–(B.9). */
    CALABI("calabi", "eqs. (B.8)-(B.9)", true, 4),
    /** The Monge–Ampère φ-flow of the ultra-local energy (B.14), eq. (B.21). */
    MONGE_AMPERE("monge-ampere", "eq. (B.21)", true, 2);

    private final String id;
    private final String equation;
    private final boolean kahler;
    private final int jetOrder;

    ClassicalFlow(String id, String equation, boolean kahler, int jetOrder) {
        this.id = id;
        this.equation = equation;
        this.kahler = kahler;
        this.jetOrder = jetOrder;
    }

    /** Command-line and report name, e.g. {@code kahler-ricci}. */
    public String id() {
        return id;
    }

    /** Where the flow stands in the paper. */
    public String equation() {
        return equation;
    }

    /** Whether the flow evolves a Kähler potential on a complex torus (even real dimension). */
    public boolean kahler() {
        return kahler;
    }

    /** Highest derivative order the velocity reads. */
    public int jetOrder() {
        return jetOrder;
    }

    /**
     * Checks the real torus dimension: 1..3 for the real flows, 2 or 4 (C or C²) for the Kähler flows.
     *
     * @throws IllegalArgumentException naming the dimension and the valid ones
     */
    public void checkDimension(int d) {
        boolean ok = kahler ? d == 2 || d == 4 : d >= 1 && d <= 3;
        if (!ok) {
            throw new IllegalArgumentException(id + " flow needs a torus of real dimension "
                    + (kahler ? "2 or 4 (C/L or C^2/L)" : "1, 2 or 3") + ", got " + d);
        }
    }

    /** The evolved fields on the torus of real dimension d. */
    public List<String> fields(int d) {
        checkDimension(d);
        if (kahler) {
            return List.of("phi");
        }
        List<String> fields = new ArrayList<>(JetSpace.metricComponents(d));
        if (this == PERELMAN) {
            fields.add("phi");
        }
        return fields;
    }

    /** The jet space the generated velocity reads. */
    public JetSpace jets(int d) {
        return new JetSpace(d, jetOrder, fields(d));
    }

    /** How the metric is read from the jets of {@link #jets(int)}. */
    public MetricReadout readout(JetSpace jets) {
        return kahler ? new KahlerMetric(jets, "phi") : new ComponentMetric(jets);
    }

    /**
     * The flow named {@code id}.
     *
     * @throws IllegalArgumentException listing the known names
     */
    public static ClassicalFlow fromId(String id) {
        for (ClassicalFlow f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown flow '" + id + "'; known: "
                + Arrays.stream(values()).map(ClassicalFlow::id).toList());
    }
}
