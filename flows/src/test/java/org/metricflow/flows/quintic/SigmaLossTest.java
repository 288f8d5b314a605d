package org.metricflow.flows.quintic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.codegen.Codegen;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.functionals.MongeAmpere;

/**
 * The symbolic σ-loss: the generated l′(η) against the closed forms sgn(η − 1), 2(η − 1) it replaces and against
 * central differences of the generated l; the symbolic det g against the hand-expanded
 * {@link HermitianComponents#determinant}.
 */
class SigmaLossTest {

    private static CompiledFunction compiledLoss(SigmaLoss loss) {
        return Codegen.compile(List.of(loss.ofEta()), List.of("l"), Variables.of(List.of(MongeAmpere.ETA)));
    }

    private static double value(CompiledFunction f, double x) {
        double[] out = new double[1];
        f.evaluate(new double[] {x}, 0, out, 0);
        return out[0];
    }

    private static double closedForm(SigmaLoss loss, double eta) {
        return loss == SigmaLoss.ABSOLUTE ? Math.signum(eta - 1) : 2 * (eta - 1);
    }

    @Test
    void generatedSlopeIsTheClosedFormAndTheFiniteDifferenceOfTheLoss() {
        Well19937c rng = new Well19937c(14);
        int n = 200;
        double[] eta = new double[n];
        for (int k = 0; k < n; k++) {
            eta[k] = 0.2 + 2.3 * rng.nextDouble();
        }
        eta[0] = 1; // the kink of |1 − η|: subgradient 0
        double h = 1e-5;
        for (SigmaLoss loss : SigmaLoss.values()) {
            double[] slope = new double[n];
            loss.slopes(eta, slope, n);
            CompiledFunction l = compiledLoss(loss);
            for (int k = 0; k < n; k++) {
                // closed form: at most one rounding apart (2(η − 1) vs 2η − 2; ±1 exactly for sgn)
                assertThat(slope[k]).as(loss + " at " + eta[k]).isCloseTo(closedForm(loss, eta[k]),
                        within(4 * Math.ulp(Math.abs(closedForm(loss, eta[k])) + 1)));
                if (Math.abs(eta[k] - 1) > 2 * h) {
                    // l is exactly linear or quadratic on [η − h, η + h]: no truncation error, round-off ~ε|l|/h
                    double fd = (value(l, eta[k] + h) - value(l, eta[k] - h)) / (2 * h);
                    assertThat(slope[k]).as(loss + " vs central difference at " + eta[k])
                            .isCloseTo(fd, within(1e-9));
                }
            }
        }
    }

    @Test
    void symbolicDeterminantIsTheHandExpansion() {
        CompiledFunction det = Codegen.compile(List.of(SigmaLoss.determinant()), List.of("det_g"),
                Variables.of(List.of(HermitianComponents.NAMES)));
        Well19937c rng = new Well19937c(3);
        for (int t = 0; t < 50; t++) {
            double[] r = new double[HermitianComponents.COUNT];
            for (int p = 0; p < r.length; p++) {
                r[p] = (p < 3 ? 2 : 0) + rng.nextGaussian() * 0.5;
            }
            double hand = HermitianComponents.determinant(r, 0);
            double[] out = new double[1];
            det.evaluate(r, 0, out, 0);
            // 14 products of ≤ 3 factors of size ≤ 4: round-off below 100 ε · 64
            assertThat(out[0]).isCloseTo(hand, within(100 * Math.ulp(64.0)));
        }
    }
}
