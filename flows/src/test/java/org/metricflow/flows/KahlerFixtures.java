package org.metricflow.flows;

import java.util.List;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The paper's Kähler potential flows on C/Λ (n = 1) written by hand in jet slots, as test fixtures for the linear
 * analysis (the real flows come from generated code). With g = 1 + ¼Δφ (g_{zz̄} = 1 + ∂∂̄φ, ∂∂̄ = Δ/4):
 * Kähler–Ricci (B.4) ∂_tφ = ln g; Calabi as printed in (B.9) ∂_tφ = g^{zz̄}∂∂̄ ln g; Monge–Ampère as printed in (B.21)
 * ∂_tφ = −2(η − 1) with η = g (μ_CY = 1).
 */
public final class KahlerFixtures {

    private KahlerFixtures() {
    }

    private static FlowDefinition potentialFlow(String name, int order, List<String> in, JavaFunction.Body body) {
        JetSpace jets = new JetSpace(2, order, List.of("phi"));
        return new FlowDefinition(name, jets, new JavaFunction(in, List.of("phi_t"), body, name),
                new KahlerMetric(jets, "phi"));
    }

    /** ∂_tφ = ln(1 + ¼Δφ), eq. (B.4): linearised ∂_tφ = Δφ/4. */
    public static FlowDefinition kahlerRicci() {
        return potentialFlow("kahler-ricci-fixture", 2, List.of("phi_d11", "phi_d22"),
                (x, o, y, oo) -> y[oo] = Math.log(1 + 0.25 * (x[o] + x[o + 1])));
    }

    /**
     * ∂_tφ = sign · g^{zz̄} ∂∂̄ ln g: sign +1 is (B.9) as printed, sign −1 is ∂_tφ = R (the scalar curvature
     * R = −g^{ab̄}∂_a∂̄_b ln det g of (B.3)). Linearised: ∂_tφ = sign · Δ²φ/16.
     */
    public static FlowDefinition calabi(double sign) {
        return potentialFlow("calabi-fixture", 4, List.of("phi_d11", "phi_d22", "phi_d111", "phi_d122", "phi_d112",
                "phi_d222", "phi_d1111", "phi_d1122", "phi_d2222"), (x, o, y, oo) -> {
                    double g = 1 + 0.25 * (x[o] + x[o + 1]);
                    double gx = 0.25 * (x[o + 2] + x[o + 3]);
                    double gy = 0.25 * (x[o + 4] + x[o + 5]);
                    double lap = 0.25 * (x[o + 6] + 2 * x[o + 7] + x[o + 8]);
                    double lapLog = lap / g - (gx * gx + gy * gy) / (g * g);
                    y[oo] = sign * 0.25 * lapLog / g;
                });
    }

    /**
     * ∂_tφ = −2 sign (η − 1), η = 1 + ¼Δφ: sign +1 is (B.21) as printed (linearised ∂_tφ = −Δφ/2, backward heat),
     * sign −1 the descent of E_ultra.
     */
    public static FlowDefinition mongeAmpere(double sign) {
        return potentialFlow("monge-ampere-fixture", 2, List.of("phi_d11", "phi_d22"),
                (x, o, y, oo) -> y[oo] = -2 * sign * 0.25 * (x[o] + x[o + 1]));
    }
}
