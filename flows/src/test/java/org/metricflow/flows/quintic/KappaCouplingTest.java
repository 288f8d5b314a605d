package org.metricflow.flows.quintic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.CommonChartMetrics;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/**
 * The exact gradient of the discrete mean loss L = Σ w l(η)/Σ w (κ recomputed from g) against central differences of
 * an independent hand-written L, on the FS metric of 300 quintic points in the common chart.
 */
class KappaCouplingTest {

    private static final int C = HermitianComponents.COUNT;

    /** Σ w (η−1)²/Σ w with κ = Σ w R/Σ w, R = det g/|Ω|² (squared loss, written out independently). */
    private static double meanLoss(double[] g, double[] omega2, double[] w) {
        int n = w.length;
        double sw = 0;
        double swr = 0;
        for (int k = 0; k < n; k++) {
            sw += w[k];
            swr += w[k] * HermitianComponents.determinant(g, k * C) / omega2[k];
        }
        double kappa = swr / sw;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double eta = HermitianComponents.determinant(g, k * C) / omega2[k] / kappa;
            sum += w[k] * (eta - 1) * (eta - 1);
        }
        return sum / sw;
    }

    /**
     * At the 4 best-conditioned points × all 9 components: ∂L/∂x = (w_j/W)·f_p·grad_p (f_p = 1 on the diagonal, 2 for
     * real and imaginary parts, whose stored gradient is half the partial derivative) to 1e-6 of the point's g11
     * derivative (agreement ~1e-10 on the diagonal) with the κ term; without it the diagonal derivatives are off by
     * more than 5% (m = 2 Var(η) at the FS metric).
     */
    @Test
    void exactGradientMatchesFiniteDifferencesAndFrozenKappaDoesNot() {
        PointSample s = new LineIntersectionSampler(ProjectiveHypersurface.fermatQuintic(), SamplerOptions.defaults()
                .withSeed(21)).sample(300);
        QuinticKernelFlow flow = new QuinticKernelFlow(s, s.head(20), QuinticFlowOptions.table1(QuinticKernel.DELTA),
                2);
        PointSample t = flow.trainingSample();
        int n = t.size();
        double[] g = flow.state().train();
        double[] om = CommonChartMetrics.of(t, flow.chart().chart(), 2).omega();
        double[] omega2 = new double[n];
        for (int k = 0; k < n; k++) {
            omega2[k] = om[2 * k] * om[2 * k] + om[2 * k + 1] * om[2 * k + 1];
        }
        double[] w = t.weights();
        double sw = 0;
        double swr = 0;
        for (int k = 0; k < n; k++) {
            sw += w[k];
            swr += w[k] * HermitianComponents.determinant(g, k * C) / omega2[k];
        }
        double kappa = swr / sw;
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = 1 / (kappa * omega2[k]);
        }
        double[] grad = new double[n * C];
        LossDensity.compile(SigmaLoss.SQUARED).evaluate(g, c, new double[n], grad, n);
        double[] frozen = grad.clone();
        double m = KappaCoupling.correct(g, c, w, grad, n, SigmaLoss.SQUARED);
        assertThat(m).isGreaterThan(0.05);
        int frozenOff = 0;
        for (int j : wellConditioned(g, n, 4)) {
            double eta = HermitianComponents.determinant(g, j * C) * c[j];
            double[] adj = new double[C];
            HermitianComponents.adjugate(g, j * C, adj, 0);
            double scale = 0;
            for (int p = 0; p < C; p++) {
                // the generated frozen gradient is 2(η−1) η g^{-1} = 2(η−1) c adj(g)
                assertThat(frozen[j * C + p]).isCloseTo(2 * (eta - 1) * c[j] * adj[p],
                        within(1e-9 * Math.abs(2 * (eta - 1) * c[j] * adj[0])));
                scale = Math.max(scale, Math.abs(g[j * C + p]));
            }
            for (int p = 0; p < C; p++) {
                double h = 1e-5 * scale;
                double[] plus = g.clone();
                double[] minus = g.clone();
                plus[j * C + p] += h;
                minus[j * C + p] -= h;
                double fd = (meanLoss(plus, omega2, w) - meanLoss(minus, omega2, w)) / (2 * h);
                double f = (p < 3 ? 1 : 2) * w[j] / sw;
                double exact = f * grad[j * C + p];
                assertThat(fd).as("point %d component %d", j, p).isCloseTo(exact,
                        within(1e-6 * Math.max(Math.abs(exact), Math.abs(f * grad[j * C]))));
                if (p < 3 && Math.abs(f * frozen[j * C + p] - fd) > 0.05 * Math.abs(fd)) {
                    frozenOff++;
                }
            }
        }
        assertThat(frozenOff).isGreaterThanOrEqualTo(8);
    }

    /** The {@code count} points whose metric is closest to a multiple of 1 (smallest max|g_p|³/det g). */
    private static int[] wellConditioned(double[] g, int n, int count) {
        return java.util.stream.IntStream.range(0, n).boxed().sorted(java.util.Comparator.comparingDouble(k -> {
            double mx = 0;
            for (int p = 0; p < C; p++) {
                mx = Math.max(mx, Math.abs(g[k * C + p]));
            }
            return mx * mx * mx / HermitianComponents.determinant(g, k * C);
        })).limit(count).mapToInt(Integer::intValue).toArray();
    }

    /** g · adj(g) = det g · 1 for a non-diagonal Hermitian g (checked with the complex product of sandwich). */
    @Test
    void adjugateIsDeterminantTimesInverse() {
        double[] g = {2.0, 1.5, 3.0, 0.3, -0.4, 0.2, 0.7, -0.5, 0.1};
        double[] adj = new double[C];
        HermitianComponents.adjugate(g, 0, adj, 0);
        // g adj g = det · g
        double[] out = new double[C];
        HermitianComponents.sandwich(g, 0, adj, 0, out, 0, new double[54]);
        double det = HermitianComponents.determinant(g, 0);
        for (int p = 0; p < C; p++) {
            assertThat(out[p]).isCloseTo(det * g[p], within(1e-12));
        }
    }
}
