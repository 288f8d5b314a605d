package org.metricflow.numeric.quadrature;

import java.util.function.ToDoubleFunction;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.metricflow.numeric.Inputs;

/**
 * A d-dimensional tensor-product quadrature rule ∫ f(x) dx ≈ Σ_k W_k f(x_k) built from a one-dimensional Hipparchus
 * Gauss rule (nodes t_i, weights w_i): x_k = (t_{i1}, …, t_{id}), W_k = Π w_{ij}. n^d evaluations.
 */
public final class TensorRule {

    private final double[] nodes;
    private final double[] weights;
    private final int dimension;

    private TensorRule(double[] nodes, double[] weights, int dimension) {
        this.nodes = nodes;
        this.weights = weights;
        this.dimension = dimension;
    }

    /**
     * Composite Gauss–Legendre on the cube [lo, hi]^d: {@code panels} equal panels per axis with {@code points} nodes
     * each (exact for polynomials of degree 2·points − 1 on each panel).
     */
    public static TensorRule legendre(int dimension, double lo, double hi, int panels, int points) {
        Inputs.requireRange("dimension", dimension, 1, 12);
        Inputs.requireRange("panels", panels, 1, 1 << 12);
        Inputs.requireRange("points", points, 1, 64);
        if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw new IllegalArgumentException("need a finite interval lo < hi, got [" + lo + ", " + hi + "]");
        }
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        double[] x = new double[panels * points];
        double[] w = new double[panels * points];
        double h = (hi - lo) / panels;
        for (int p = 0; p < panels; p++) {
            GaussIntegrator rule = factory.legendre(points, lo + p * h, lo + (p + 1) * h);
            for (int i = 0; i < points; i++) {
                x[p * points + i] = rule.getPoint(i);
                w[p * points + i] = rule.getWeight(i);
            }
        }
        return checked(x, w, dimension);
    }

    /**
     * Gauss–Hermite for a Gaussian measure: ∫ f(x) N(x; centre, s² I) dx ≈ Σ W_k f(x_k) in d dimensions with
     * {@code points} nodes per axis (Hipparchus rule for e^{−t²}, mapped by x = centre + √2 s t, weights / √π).
     */
    public static TensorRule gaussian(int dimension, double s, int points) {
        Inputs.requireRange("dimension", dimension, 1, 12);
        Inputs.requirePositive("s", s);
        Inputs.requireRange("points", points, 1, 200);
        GaussIntegrator rule = new GaussIntegratorFactory().hermite(points);
        double[] x = new double[points];
        double[] w = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = Math.sqrt(2.0) * s * rule.getPoint(i);
            w[i] = rule.getWeight(i) / Math.sqrt(Math.PI);
        }
        return checked(x, w, dimension);
    }

    private static TensorRule checked(double[] x, double[] w, int dimension) {
        if (Math.pow(x.length, dimension) > 5e7) {
            throw new IllegalArgumentException("tensor rule with " + x.length + "^" + dimension
                    + " nodes is too large (limit 5e7)");
        }
        return new TensorRule(x, w, dimension);
    }

    /** Number of nodes per axis. */
    public int pointsPerAxis() {
        return nodes.length;
    }

    /**
     * Σ_k W_k f(shift + x_k); {@code f} receives a reused array of d coordinates. The sum runs over the nodes in
     * lexicographic order.
     */
    public double integrate(double[] shift, ToDoubleFunction<double[]> f) {
        Inputs.requireFinite("shift", shift, 0, dimension);
        int n = nodes.length;
        int[] idx = new int[dimension];
        double[] x = new double[dimension];
        double sum = 0;
        long total = Math.round(Math.pow(n, dimension));
        for (long k = 0; k < total; k++) {
            double w = 1;
            for (int j = 0; j < dimension; j++) {
                x[j] = shift[j] + nodes[idx[j]];
                w *= weights[idx[j]];
            }
            sum += w * f.applyAsDouble(x);
            for (int j = dimension - 1; j >= 0; j--) {
                if (++idx[j] < n) {
                    break;
                }
                idx[j] = 0;
            }
        }
        return sum;
    }
}
