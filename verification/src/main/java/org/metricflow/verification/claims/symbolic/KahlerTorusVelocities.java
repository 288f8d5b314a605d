package org.metricflow.verification.claims.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metricflow.flows.classic.ClassicalFlow;
import org.metricflow.flows.classic.SymbolicVelocitySource;
import org.metricflow.symbolic.cas.NumericFunction;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.functionals.Calabi;
import org.metricflow.symbolic.functionals.KahlerPotentialSetting;
import org.metricflow.symbolic.functionals.KahlerRicci;
import org.metricflow.symbolic.functionals.UltraLocalEnergy;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.jet.JetSpace;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/**
 * The φ-velocities the torus flows compile (flows.classic, derived in real coordinates x, y with ∂∂̄ written out as
 * ¼(∂_x² + ∂_y²) …) equal the Appendix B functionals' corrected velocities (derived in Wirtinger coordinates z, z̄):
 * Kähler–Ricci ln det g (B.5), Calabi R (B.9 corrected), Monge–Ampère 2(η − 1) (B.21 corrected), on C/Λ at a test
 * potential — two independent derivations of each flow evaluated at the same points.
 */
final class KahlerTorusVelocities extends SymbolicClaim {

    private static final String REAL_POTENTIAL = "Sin(x)*Cos(y)/5 + Cos(x+y)/7 + Sin(2*y)/9"; // = Fixtures' φ₀

    KahlerTorusVelocities() {
        super("kahler-torus-velocities", "(B.5), (B.9), (B.21)", "The compiled phi-velocities of the torus flows "
                + "(real-coordinate derivation, flows.classic) equal the Appendix B functionals' corrected velocities "
                + "(Wirtinger derivation) for Kahler-Ricci, Calabi and Monge-Ampere at a test potential on C/Lambda.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the Wirtinger Calabi velocity R scaled by 1 + 1e-6 (one coefficient perturbed)");
    }

    @Override
    public CheckResult check(Budget budget) {
        KahlerPotentialSetting s = Fixtures.kahler();
        Sym calabi = new Calabi(s).potentialVelocity();
        List<Sym> wirtinger = List.of(new KahlerRicci(s).potentialVelocity(),
                budget.planted(calabi, calabi.times(Sym.parse("1 + 10^-6"))),
                UltraLocalEnergy.quadratic(s).hMinusOneFlow());
        List<ClassicalFlow> flows = List.of(ClassicalFlow.KAHLER_RICCI, ClassicalFlow.CALABI,
                ClassicalFlow.MONGE_AMPERE);
        Chart real = Chart.of("x", "y");
        Sym phi = Sym.parse(REAL_POTENTIAL);
        double[][] points = {{0.3, 0.7}, {1.9, -0.4}, {4.1, 2.6}};
        double worst = 0;
        double scale = 0;
        List<String> rows = new ArrayList<>();
        for (int f = 0; f < flows.size(); f++) {
            CompiledFunction velocity = new SymbolicVelocitySource().generate(flows.get(f), 2).orElseThrow()
                    .velocity();
            JetSpace jets = flows.get(f).jets(2);
            double maxDiff = 0;
            for (double[] p : points) {
                double generated = evaluate(velocity, jets, phi, real, p);
                double derived = Fixtures.kahlerValueAt(wirtinger.get(f), Fixtures.kahlerPotential(), p[0], p[1])
                        .getReal();
                maxDiff = Math.max(maxDiff, Math.abs(generated - derived) / Math.max(1e-3, Math.abs(derived)));
                scale = Math.max(scale, Math.abs(derived));
            }
            worst = Math.max(worst, maxDiff);
            rows.add(String.format(Locale.ROOT, "%s %.2e", flows.get(f).id(), maxDiff));
        }
        return CheckResult.compare("max relative difference of the two derivations (3 flows x 3 points)", worst, 0,
                1e-10, "per flow: " + String.join(", ", rows) + String.format(Locale.ROOT, "; max |velocity| %.3g",
                        scale));
    }

    /** The compiled velocity at the point p with the real jets of φ computed exactly by Symja. */
    private static double evaluate(CompiledFunction velocity, JetSpace jets, Sym phi, Chart chart, double[] p) {
        double[] in = new double[velocity.inputNames().size()];
        for (int k = 0; k < in.length; k++) {
            String name = velocity.inputNames().get(k);
            Sym derivative = phi;
            int d = name.indexOf("_d");
            if (d >= 0) {
                for (char c : name.substring(d + 2).toCharArray()) {
                    derivative = chart.d(derivative, c - '1');
                }
            }
            in[k] = NumericFunction.of(derivative, chart.coordinates()).value(p);
        }
        double[] out = new double[1];
        velocity.evaluate(in, 0, out, 0);
        return out[0];
    }
}
