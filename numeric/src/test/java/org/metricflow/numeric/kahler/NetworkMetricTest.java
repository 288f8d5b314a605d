package org.metricflow.numeric.kahler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.Chart;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.metric.ChartTransform;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;

/**
 * The network potential: feature jets and ∂∂̄φ against central differences of an independent plain evaluation,
 * chart independence of ∂∂̄φ on the quintic, and dL/dθ against central differences of the loss.
 */
class NetworkMetricTest {

    private static final int N1 = 5;
    private static final int D = 3;
    private static final double H = 1e-4;

    /** A random point u, tangent rows J (d × (n+1)) and the affine map x ↦ u + Σ x_a J_a. */
    private record Line(double[] u, double[] jRe, double[] jIm) {
        static Line random(long seed) {
            Random r = new Random(seed);
            double[] u = new double[2 * N1];
            double[] jr = new double[D * N1];
            double[] ji = new double[D * N1];
            for (int i = 0; i < u.length; i++) {
                u[i] = r.nextGaussian();
            }
            for (int i = 0; i < jr.length; i++) {
                jr[i] = r.nextGaussian();
                ji[i] = r.nextGaussian();
            }
            return new Line(u, jr, ji);
        }

        /** u at x (2d reals: [Re x_a, Im x_a] interleaved). */
        double[] at(double[] x) {
            double[] v = u.clone();
            for (int a = 0; a < D; a++) {
                for (int i = 0; i < N1; i++) {
                    v[i] += x[2 * a] * jRe[a * N1 + i] - x[2 * a + 1] * jIm[a * N1 + i];
                    v[N1 + i] += x[2 * a] * jIm[a * N1 + i] + x[2 * a + 1] * jRe[a * N1 + i];
                }
            }
            return v;
        }
    }

    /** Features computed plainly: Re/Im of z_k z̄_l/|z|² in the documented order. */
    private static double[] plainFeatures(double[] z) {
        double n = 0;
        for (double v : z) {
            n += v * v;
        }
        double[] f = new double[N1 * N1];
        int at = 0;
        for (int k = 0; k < N1; k++) {
            for (int l = k; l < N1; l++) {
                f[at++] = (z[k] * z[l] + z[N1 + k] * z[N1 + l]) / n;
                if (l > k) {
                    f[at++] = (z[N1 + k] * z[l] - z[k] * z[N1 + l]) / n;
                }
            }
        }
        return f;
    }

    /** φ_θ(x) computed plainly from the documented parameter layout. */
    private static double plainPhi(PotentialNetwork net, double[] theta, double[] x) {
        double[] a = x;
        int at = 0;
        double[] s = new double[5];
        for (int h : net.hidden()) {
            double[] next = new double[h];
            for (int u = 0; u < h; u++) {
                double z = theta[at + h * a.length + u];
                for (int v = 0; v < a.length; v++) {
                    z += theta[at + u * a.length + v] * a[v];
                }
                net.activation().derivatives(z, s);
                next[u] = s[0];
            }
            at += h * a.length + h;
            a = next;
        }
        double phi = 0;
        for (int u = 0; u < a.length; u++) {
            phi += theta[at + u] * a[u];
        }
        return phi;
    }

    /** ∂_a∂̄_b F by central differences of F(u(x)) (complex, interleaved). */
    private static double[] mixedByDifferences(ToDoubleFunction<double[]> f) {
        double[] out = new double[2 * D * D];
        for (int a = 0; a < D; a++) {
            for (int b = 0; b < D; b++) {
                double xx = second(f, 2 * a, 2 * b);
                double yy = second(f, 2 * a + 1, 2 * b + 1);
                double xy = second(f, 2 * a, 2 * b + 1);
                double yx = second(f, 2 * a + 1, 2 * b);
                out[2 * (a * D + b)] = (xx + yy) / 4;
                out[2 * (a * D + b) + 1] = (xy - yx) / 4;
            }
        }
        return out;
    }

    private static double second(ToDoubleFunction<double[]> f, int p, int q) {
        double s = 0;
        for (int sp = -1; sp <= 1; sp += 2) {
            for (int sq = -1; sq <= 1; sq += 2) {
                double[] x = new double[2 * D];
                x[p] += sp * H;
                x[q] += sq * H;
                s += sp * sq * f.applyAsDouble(x);
            }
        }
        return s / (4 * H * H);
    }

    @Test
    void featureJetsMatchCentralDifferences() {
        Line line = Line.random(11);
        ProjectorFeatures features = new ProjectorFeatures(N1, D);
        int c = features.components();
        int m = ProjectorFeatures.count(N1);
        double[] jets = new double[m * c];
        features.evaluate(line.u(), line.jRe(), line.jIm(), jets, 0, c);
        double worst = 0;
        for (int f = 0; f < m; f++) {
            int feature = f;
            ToDoubleFunction<double[]> fx = x -> plainFeatures(line.at(x))[feature];
            assertThat(jets[f * c]).isCloseTo(fx.applyAsDouble(new double[2 * D]),
                    org.assertj.core.data.Offset.offset(1e-14));
            for (int a = 0; a < D; a++) {
                double[] xp = new double[2 * D];
                double[] xm = new double[2 * D];
                xp[2 * a] = H;
                xm[2 * a] = -H;
                double dx = (fx.applyAsDouble(xp) - fx.applyAsDouble(xm)) / (2 * H);
                xp[2 * a] = 0;
                xm[2 * a] = 0;
                xp[2 * a + 1] = H;
                xm[2 * a + 1] = -H;
                double dy = (fx.applyAsDouble(xp) - fx.applyAsDouble(xm)) / (2 * H);
                worst = Math.max(worst, Math.abs(jets[f * c + 1 + 2 * a] - dx / 2));
                worst = Math.max(worst, Math.abs(jets[f * c + 2 + 2 * a] + dy / 2));
            }
            double[] fd = mixedByDifferences(fx);
            for (int t = 0; t < fd.length; t++) {
                worst = Math.max(worst, Math.abs(jets[f * c + 1 + 2 * D + t] - fd[t]));
            }
        }
        // central differences: truncation ~H² |f'''| ~ 1e-8, rounding ~ 1e-16/H² = 1e-8
        assertThat(worst).isLessThan(2e-6);
    }

    @Test
    void networkHessianMatchesCentralDifferencesForBothActivations() {
        for (Activation act : Activation.values()) {
            PotentialNetwork net = new PotentialNetwork(ProjectorFeatures.count(N1), new int[] {7, 5}, act, D);
            double[] theta = randomTheta(net, 3);
            Line line = Line.random(12);
            ProjectorFeatures features = new ProjectorFeatures(N1, D);
            PotentialNetwork.Workspace ws = net.workspace(1);
            double[] in = ws.input(1);
            features.evaluate(line.u(), line.jRe(), line.jIm(), in, 0, ws.stride());
            double[] hess = new double[2 * D * D];
            ws.forward(theta, hess);
            double[] fd = mixedByDifferences(x -> plainPhi(net, theta, plainFeatures(line.at(x))));
            double scale = 0;
            double worst = 0;
            for (int t = 0; t < fd.length; t++) {
                scale = Math.max(scale, Math.abs(fd[t]));
                worst = Math.max(worst, Math.abs(hess[t] - fd[t]));
            }
            assertThat(scale).as(act.cli()).isGreaterThan(1e-2);
            assertThat(worst).as(act.cli()).isLessThan(1e-6 * Math.max(1, scale));
        }
    }

    /** θ with W, b and v all O(1) (v = 0 would make ∂∂̄φ vanish and the checks vacuous). */
    private static double[] randomTheta(PotentialNetwork net, long seed) {
        Random r = new Random(seed);
        double[] theta = net.initial(seed);
        for (int i = 0; i < theta.length; i++) {
            theta[i] += 0.3 * r.nextGaussian();
        }
        return theta;
    }

    @Test
    void networkHessianIsChartIndependentOnTheQuintic() {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        PointSample s = AlgebraicMetricTest.sample(x, 30, 5);
        PotentialNetwork net = new PotentialNetwork(ProjectorFeatures.count(N1), new int[] {6}, Activation.TANH, D);
        double[] theta = randomTheta(net, 4);
        ProjectorFeatures features = new ProjectorFeatures(N1, D);
        PotentialNetwork.Workspace ws = net.workspace(1);
        PointGeometry own = new PointGeometry(x);
        PointGeometry other = new PointGeometry(x);
        ChartTransform tr = new ChartTransform(D);
        double worst = 0;
        for (int i = 0; i < s.size(); i++) {
            Chart c = s.chart(i);
            Chart target = new Chart((c.patch() + 1) % 5, (c.patch() + 3) % 5);
            double[] hOwn = hessianIn(own, s, i, c, features, ws, theta);
            double[] hTarget = hessianIn(other, s, i, target, features, ws, theta);
            double[] jac = new double[2 * D * D];
            assertThat(tr.jacobian(own, target, jac, 0)).isTrue();
            double[] back = new double[2 * D * D];
            tr.toOwn(jac, 0, hTarget, 0, back, 0);
            double scale = 0;
            double diff = 0;
            for (int t = 0; t < back.length; t++) {
                scale = Math.max(scale, Math.abs(hOwn[t]));
                diff = Math.max(diff, Math.abs(back[t] - hOwn[t]));
            }
            double cond = tr.conditionNumber(jac, 0);
            worst = Math.max(worst, diff / scale / (cond * cond));
        }
        assertThat(worst).isLessThan(1e-12);
    }

    private static double[] hessianIn(PointGeometry geo, PointSample s, int i, Chart chart,
                                      ProjectorFeatures features, PotentialNetwork.Workspace ws, double[] theta) {
        assertThat(geo.load(s.points(), i * 2 * N1, chart)).isTrue();
        double[] in = ws.input(1);
        features.load(geo, in, 0, ws.stride());
        double[] h = new double[2 * D * D];
        ws.forward(theta, h);
        return h;
    }

    @Test
    void lossGradientInThetaMatchesCentralDifferences() {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        PointSample s = AlgebraicMetricTest.sample(x, 300, 7);
        AlgebraicMetric base = AlgebraicMetric.multinomial(x, 2);
        PotentialNetwork net = new PotentialNetwork(ProjectorFeatures.count(N1), new int[] {6, 4},
                Activation.SOFTPLUS, D);
        double[] theta = randomTheta(net, 5);
        for (int i = theta.length - 4; i < theta.length; i++) {
            theta[i] *= 0.05;   // keep g = g_FS + ∂∂̄φ positive definite
        }
        NetworkPotentialLoss loss = new NetworkPotentialLoss(s, base, net, 2);
        int[] all = java.util.stream.IntStream.range(0, s.size()).toArray();
        NetworkPotentialLoss.Evaluation ev = loss.evaluate(theta, all, true);
        assertThat(ev.positive()).isTrue();
        Random r = new Random(6);
        for (int trial = 0; trial < 3; trial++) {
            double[] dir = new double[theta.length];
            double analytic = 0;
            for (int i = 0; i < dir.length; i++) {
                dir[i] = r.nextGaussian();
                analytic += ev.gradient()[i] * dir[i];
            }
            double eps = 1e-6;
            double numeric = (loss.evaluate(step(theta, dir, eps), all, false).loss()
                    - loss.evaluate(step(theta, dir, -eps), all, false).loss()) / (2 * eps);
            assertThat(Math.abs(numeric)).isGreaterThan(1e-4);
            assertThat(analytic).isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-5 * Math.abs(numeric)));
        }
    }

    private static double[] step(double[] theta, double[] dir, double t) {
        double[] out = theta.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += t * dir[i];
        }
        return out;
    }

    @Test
    void indefiniteMetricIsReportedNotNaN() {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        PointSample s = AlgebraicMetricTest.sample(x, 100, 8);
        PotentialNetwork net = new PotentialNetwork(ProjectorFeatures.count(N1), new int[] {6}, Activation.TANH, D);
        double[] theta = randomTheta(net, 9);
        for (int i = theta.length - 6; i < theta.length; i++) {
            theta[i] = -50;   // a large negative multiple of a potential: g indefinite somewhere
        }
        NetworkPotentialLoss loss = new NetworkPotentialLoss(s, AlgebraicMetric.multinomial(x, 1), net, 1);
        NetworkPotentialLoss.Evaluation ev = loss.evaluate(theta,
                java.util.stream.IntStream.range(0, s.size()).toArray(), true);
        assertThat(ev.positive()).isFalse();
        NetworkMetric g = new NetworkMetric(AlgebraicMetric.multinomial(x, 1), net, theta);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> g.values(s, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not positive definite");
    }
}
