package org.metricflow.examples;

import java.util.List;
import java.util.Locale;
import org.metricflow.symbolic.cas.SafeParser;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.codegen.LocalDensity;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * Compiles Perelman's density (R + |∇φ|²)e^{−φ}√g for the 2D conformal metric g = e^{2u}δ — which is
 * (−2Δu + |∂φ|²)e^{−φ} — together with its gradient over all 12 jet variables of (u, φ), prints the generated source,
 * and evaluates it on a batch of jets.
 */
public final class CompileDensityExample {

    private CompileDensityExample() {
    }

    public static void main(String[] args) {
        JetSpace jets = new JetSpace(2, 2, List.of("u", "phi"));      // u, u_d1, u_d2, u_d11, u_d12, u_d22, phi, ...
        Sym density = new SafeParser(Variables.of(jets, List.of()))   // untrusted text: whitelisted heads only
                .parse("(-2*(u_d11 + u_d22) + phi_d1^2 + phi_d2^2)*Exp(-phi)");
        LocalDensity l = LocalDensity.compile(density, jets, List.of());
        System.out.println(l.valueAndGradient().source());

        // three points, 12 jet variables each, in JetSpace slot order
        int points = 3;
        double[] in = new double[points * l.inputs()];
        for (int p = 0; p < points; p++) {
            in[p * l.inputs() + jets.index("u", 1, 1)] = 0.5 * p;       // u_11
            in[p * l.inputs() + jets.index("phi")] = 0.1 * p;          // phi
            in[p * l.inputs() + jets.index("phi", 1)] = 1.0;           // phi_1
        }
        int outputs = 1 + jets.size();                                 // L, then dL/dv for every jet variable v
        double[] out = new double[points * outputs];
        l.valuesAndGradients(in, out, points);
        for (int p = 0; p < points; p++) {
            System.out.printf(Locale.ROOT, "point %d: L = %.6f, dL/du_d11 = %.6f, dL/dphi_d1 = %.6f%n", p,
                    out[p * outputs], out[p * outputs + 1 + jets.index("u", 1, 1)],
                    out[p * outputs + 1 + jets.index("phi", 1)]);
        }
    }
}
