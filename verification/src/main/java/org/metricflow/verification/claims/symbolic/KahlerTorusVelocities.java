package org.metricflow.verification.claims.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.metricflow.flows.classic.SymbolicVelocitySource;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.NumericFunction;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.codegen.Codegen;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.functionals.Calabi;
import org.metricflow.symbolic.functionals.KahlerPotentialSetting;
import org.metricflow.symbolic.functionals.KahlerRicci;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.symbolic.functionals.UltraLocalEnergy;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.jet.JetSpace;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/**
 * The catalogue's φ-velocities of the torus flows ({@link NamedFlow#torusVelocity}: Kähler geometry in Wirtinger
 * coordinates z, z̄, converted to real jets and compiled) agree with two independent references on C/Λ at a test
 * potential: the same flows derived by hand in real coordinates x, y ({@link HandDerivedKahlerVelocities}, ∂∂̄ written
 * out as ¼(∂_x² + ∂_y²) …, compiled the same way), and Symja's exact value of the Wirtinger velocity at the
 * potential — Kähler–Ricci ln det g (B.5), Calabi R (B.9 corrected), Monge–Ampère 2(η − 1) (B.21 corrected).
 */
final class KahlerTorusVelocities extends SymbolicClaim {

    private static final String REAL_POTENTIAL = "Sin(x)*Cos(y)/5 + Cos(x+y)/7 + Sin(2*y)/9"; // = Fixtures' φ₀
    /**
     * Relative round-off bound: each value is a few hundred double operations on O(1) terms (|velocity| ≤ 0.3 at
     * these points), each rounding by at most ε = 2.2e-16, so the three evaluations agree to well under 1000 ε.
     */
    private static final double TOLERANCE = 1000 * Math.ulp(1.0);

    KahlerTorusVelocities() {
        super("kahler-torus-velocities", "(B.5), (B.9), (B.21)", "The phi-velocities the torus flows compile from the "
                + "catalogue (Wirtinger derivation converted to real jets) equal a hand derivation in real coordinates "
                + "and the exact Wirtinger values for Kahler-Ricci, Calabi and Monge-Ampere at a test potential on "
                + "C/Lambda, to round-off.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the hand-derived Calabi velocity scaled by 1 + 1e-9 (one coefficient perturbed)");
    }

    @Override
    public CheckResult check(Budget budget) {
        KahlerPotentialSetting s = Fixtures.kahler();
        List<Sym> wirtinger = List.of(new KahlerRicci(s).potentialVelocity(), new Calabi(s).potentialVelocity(),
                UltraLocalEnergy.quadratic(s).hMinusOneFlow());
        List<NamedFlow> flows = List.of(NamedFlow.KAHLER_RICCI, NamedFlow.CALABI, NamedFlow.MONGE_AMPERE);
        HandDerivedKahlerVelocities hand = new HandDerivedKahlerVelocities(1);
        Chart real = hand.chart();
        Sym phi = Sym.parse(REAL_POTENTIAL);
        double[][] points = {{0.3, 0.7}, {1.9, -0.4}, {4.1, 2.6}};
        double worst = 0;
        double scale = 0;
        List<String> rows = new ArrayList<>();
        for (int f = 0; f < flows.size(); f++) {
            NamedFlow flow = flows.get(f);
            JetSpace jets = flow.jets(2);
            CompiledFunction catalogue = new SymbolicVelocitySource().generate(flow, 2).orElseThrow().velocity();
            Sym byHand = hand.velocity(flow);
            if (flow == NamedFlow.CALABI) {
                byHand = budget.planted(byHand, byHand.times(Sym.parse("1 + 10^-9")));
            }
            CompiledFunction handCompiled = Codegen.compile(List.of(JetVariables.toJet(byHand, real.coordinates(),
                    jets.fields())), List.of("phi_t"), Variables.of(jets, List.of()));
            double maxDiff = 0;
            for (double[] p : points) {
                double generated = evaluate(catalogue, phi, real, p);
                double reference = evaluate(handCompiled, phi, real, p);
                double exact = Fixtures.kahlerValueAt(wirtinger.get(f), Fixtures.kahlerPotential(), p[0], p[1])
                        .getReal();
                double norm = Math.max(1e-3, Math.abs(exact));
                maxDiff = Math.max(maxDiff, Math.max(Math.abs(generated - reference), Math.abs(generated - exact))
                        / norm);
                scale = Math.max(scale, Math.abs(exact));
            }
            worst = Math.max(worst, maxDiff);
            rows.add(String.format(Locale.ROOT, "%s %.2e", flow.id(), maxDiff));
        }
        return CheckResult.compare("max relative difference of the catalogue velocity from the hand derivation and "
                + "the exact value (3 flows x 3 points)", worst, 0, TOLERANCE, "per flow: " + String.join(", ", rows)
                + String.format(Locale.ROOT, "; max |velocity| %.3g; tolerance 1000 eps", scale));
    }

    /** The compiled velocity at the point p with the real jets of φ computed exactly by Symja. */
    private static double evaluate(CompiledFunction velocity, Sym phi, Chart chart, double[] p) {
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
