package org.metricflow.numeric.sampling;

import org.metricflow.numeric.sample.PointSample;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.IntStream;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;
import org.metricflow.numeric.manifold.HomogeneousPolynomial;
import org.metricflow.numeric.manifold.PolynomialEvaluator;

/**
 * Looks for singular points of X = {p = 0} — points where ∇p = 0 (then p = 0 too, by Euler's relation) — near the
 * sampled points where |∇p| is smallest. An isolated singular point (a node such as the Dwork quintic at ψ = 1, the
 * vertex of a cone) is met by too few sample points for the sampler's rejection rule, yet it makes the weights
 * w ∝ 1/|∇p|² heavy-tailed and κ, σ wrong by tens of percent.
 *
 * <p>Method: from each of the {@value #STARTS} sample points with the smallest |∇p|/‖c‖₁ (points scaled to
 * max|z_i| = 1), Gauss–Newton on ∇p(z) = 0 in the affine chart of the largest coordinate (the (n+1)×n complex
 * Jacobian is the Hessian of p, by central differences, which are exact up to rounding for the holomorphic ∇p;
 * Hipparchus QR least squares on its realification). A singular point is reported when |∇p| ≤ {@value #TOLERANCE}·‖c‖₁
 * there. Gauss–Newton converges quadratically to a node and linearly (factor (k−2)/(k−1)) to the vertex of a cone of
 * degree k, hence the generous iteration count.
 */
public final class SingularPointSearch {

    /** Sample points used as starting points. */
    public static final int STARTS = 8;
    /** |∇p|/‖c‖₁ below which a point is singular. */
    public static final double TOLERANCE = 1e-9;
    private static final int ITERATIONS = 300;
    private static final double STEP = 1e-6;

    private SingularPointSearch() {
    }

    /**
     * A singular point of the sample's hypersurface near its sample, as [Re z₀..Re z_n, Im z₀..Im z_n] scaled to
     * max|z_i| = 1, or empty when none was found.
     */
    public static Optional<double[]> near(PointSample sample) {
        HomogeneousPolynomial p = sample.manifold().polynomial();
        int c = p.coordinates();
        PolynomialEvaluator ev = p.evaluator();
        double[] pts = sample.points();
        int n = sample.size();
        double[] score = new double[n];
        for (int k = 0; k < n; k++) {
            score[k] = gradientNorm(ev, Arrays.copyOfRange(pts, 2 * c * k, 2 * c * (k + 1)), c);
        }
        int[] starts = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(k -> score[k]))
                .limit(STARTS).mapToInt(Integer::intValue).toArray();
        for (int k : starts) {
            Optional<double[]> found = newton(ev, Arrays.copyOfRange(pts, 2 * c * k, 2 * c * (k + 1)), c);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<double[]> newton(PolynomialEvaluator ev, double[] z, int c) {
        int chart = largest(z, c);
        scale(z, c, chart);
        for (int it = 0; it < ITERATIONS; it++) {
            double g = gradientNorm(ev, z, c);
            if (g <= TOLERANCE) {
                int big = largest(z, c);
                scale(z, c, big);
                return Optional.of(z);
            }
            double[] grad = gradient(ev, z, c);
            // Jacobian of ∇p with respect to z_j (j ≠ chart), realified: rows (Re, Im) of ∂_i p, columns (Re, Im) of z_j
            double[][] jac = new double[2 * c][2 * (c - 1)];
            int col = 0;
            for (int j = 0; j < c; j++) {
                if (j == chart) {
                    continue;
                }
                double[] plus = z.clone();
                double[] minus = z.clone();
                plus[j] += STEP;
                minus[j] -= STEP;
                double[] gp = gradient(ev, plus, c);
                double[] gm = gradient(ev, minus, c);
                for (int i = 0; i < c; i++) {
                    double dr = (gp[i] - gm[i]) / (2 * STEP);
                    double di = (gp[c + i] - gm[c + i]) / (2 * STEP);
                    // holomorphic: d/dRe z_j = ∂_j, d/dIm z_j = i ∂_j
                    jac[i][col] = dr;
                    jac[c + i][col] = di;
                    jac[i][c - 1 + col] = -di;
                    jac[c + i][c - 1 + col] = dr;
                }
                col++;
            }
            RealVector delta;
            try {
                delta = new QRDecomposition(new Array2DRowRealMatrix(jac, false), 1e-14).getSolver()
                        .solve(new ArrayRealVector(grad, false).mapMultiply(-1));
            } catch (RuntimeException singular) {
                return Optional.empty();
            }
            col = 0;
            for (int j = 0; j < c; j++) {
                if (j == chart) {
                    continue;
                }
                z[j] += delta.getEntry(col);
                z[c + j] += delta.getEntry(c - 1 + col);
                col++;
            }
            if (!(Math.abs(z[largest(z, c)]) + Math.abs(z[c + largest(z, c)]) < 1e3)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** ∇p at z as [Re ∂₀p..Re ∂_n p, Im ∂₀p..Im ∂_n p]. */
    private static double[] gradient(PolynomialEvaluator ev, double[] z, int c) {
        ev.evaluate(Arrays.copyOfRange(z, 0, c), Arrays.copyOfRange(z, c, 2 * c), 0);
        double[] g = new double[2 * c];
        for (int i = 0; i < c; i++) {
            g[i] = ev.gradRe(i);
            g[c + i] = ev.gradIm(i);
        }
        return g;
    }

    /** |∇p(z)|/‖c‖₁ at z scaled to max|z_i| = 1 (a copy is scaled). */
    private static double gradientNorm(PolynomialEvaluator ev, double[] z, int c) {
        double[] s = z.clone();
        scale(s, c, largest(s, c));
        double[] g = gradient(ev, s, c);
        double sum = 0;
        for (double v : g) {
            sum += v * v;
        }
        return Math.sqrt(sum) / ev.coefficientNorm();
    }

    private static int largest(double[] z, int c) {
        int best = 0;
        for (int i = 1; i < c; i++) {
            if (Math.hypot(z[i], z[c + i]) > Math.hypot(z[best], z[c + best])) {
                best = i;
            }
        }
        return best;
    }

    /** Divides z by z_k (complex), so that z_k = 1. */
    private static void scale(double[] z, int c, int k) {
        double ar = z[k];
        double ai = z[c + k];
        double d = ar * ar + ai * ai;
        for (int i = 0; i < c; i++) {
            double re = z[i];
            double im = z[c + i];
            z[i] = (re * ar + im * ai) / d;
            z[c + i] = (im * ar - re * ai) / d;
        }
    }
}
