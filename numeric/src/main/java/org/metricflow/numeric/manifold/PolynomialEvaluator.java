package org.metricflow.numeric.manifold;

/**
 * Evaluates a {@link HomogeneousPolynomial}, its gradient ∂p/∂z_j and its coefficient scale Σ_m |c_m| Π|z_i|^{e_i}
 * at one point. A mutable workspace: create one per thread with {@link HomogeneousPolynomial#evaluator()}; no
 * allocation after construction.
 *
 * <p>The scale S(z) bounds the rounding error of the evaluation (|p̂ − p| ≲ deg·ε·S(z)) and is the denominator of
 * the relative residual |p(z)|/S(z) used by the sampler.
 */
public final class PolynomialEvaluator {

    private final int n1;
    private final int[][] vars;
    private final int[][] exps;
    private final double[] cr;
    private final double[] ci;
    private final double[] cAbs;
    private final int[] maxExp;
    private final int stride;
    private final double[] powRe;
    private final double[] powIm;
    private final double[] prefRe;
    private final double[] prefIm;
    private final double[] gradRe;
    private final double[] gradIm;
    private double valueRe;
    private double valueIm;
    private double scale;

    PolynomialEvaluator(int n1, int degree, int[][] exponents, double[] cr, double[] ci) {
        this.n1 = n1;
        this.cr = cr;
        this.ci = ci;
        this.cAbs = new double[cr.length];
        for (int m = 0; m < cr.length; m++) {
            cAbs[m] = Math.hypot(cr[m], ci[m]);
        }
        this.vars = new int[exponents.length][];
        this.exps = new int[exponents.length][];
        this.maxExp = new int[n1];
        int maxFactors = 0;
        for (int m = 0; m < exponents.length; m++) {
            int count = 0;
            for (int e : exponents[m]) {
                count += e > 0 ? 1 : 0;
            }
            vars[m] = new int[count];
            exps[m] = new int[count];
            int k = 0;
            for (int i = 0; i < n1; i++) {
                if (exponents[m][i] > 0) {
                    vars[m][k] = i;
                    exps[m][k] = exponents[m][i];
                    maxExp[i] = Math.max(maxExp[i], exponents[m][i]);
                    k++;
                }
            }
            maxFactors = Math.max(maxFactors, count);
        }
        this.stride = degree + 1;
        this.powRe = new double[n1 * stride];
        this.powIm = new double[n1 * stride];
        this.prefRe = new double[maxFactors + 1];
        this.prefIm = new double[maxFactors + 1];
        this.gradRe = new double[n1];
        this.gradIm = new double[n1];
    }

    /** Number of homogeneous coordinates. */
    public int coordinates() {
        return n1;
    }

    /**
     * Evaluates p, ∇p and the scale at z given as separate real and imaginary parts ({@code zRe[off + i]},
     * {@code zIm[off + i]}, i = 0..n).
     */
    public void evaluate(double[] zRe, double[] zIm, int off) {
        for (int i = 0; i < n1; i++) {
            int b = i * stride;
            powRe[b] = 1;
            powIm[b] = 0;
            double xr = zRe[off + i];
            double xi = zIm[off + i];
            for (int k = 1; k <= maxExp[i]; k++) {
                double pr = powRe[b + k - 1];
                double pi = powIm[b + k - 1];
                powRe[b + k] = pr * xr - pi * xi;
                powIm[b + k] = pr * xi + pi * xr;
            }
            gradRe[i] = 0;
            gradIm[i] = 0;
        }
        double vr = 0;
        double vi = 0;
        double s = 0;
        for (int m = 0; m < vars.length; m++) {
            int[] v = vars[m];
            int[] e = exps[m];
            int f = v.length;
            // prefix products of the factors z_{v_k}^{e_k}
            prefRe[0] = 1;
            prefIm[0] = 0;
            for (int k = 0; k < f; k++) {
                int idx = v[k] * stride + e[k];
                double ar = prefRe[k];
                double ai = prefIm[k];
                prefRe[k + 1] = ar * powRe[idx] - ai * powIm[idx];
                prefIm[k + 1] = ar * powIm[idx] + ai * powRe[idx];
            }
            double mr = prefRe[f];
            double mi = prefIm[f];
            double c0 = cr[m];
            double c1 = ci[m];
            vr += c0 * mr - c1 * mi;
            vi += c0 * mi + c1 * mr;
            s += cAbs[m] * Math.sqrt(mr * mr + mi * mi);
            // gradient: c · prefix_k · suffix_k · e_k z^{e_k − 1}
            double sufR = c0;
            double sufI = c1;
            for (int k = f - 1; k >= 0; k--) {
                int idx = v[k] * stride + e[k] - 1;
                double dr = e[k] * powRe[idx];
                double di = e[k] * powIm[idx];
                double tr = sufR * dr - sufI * di;
                double ti = sufR * di + sufI * dr;
                double pr = prefRe[k];
                double pi = prefIm[k];
                gradRe[v[k]] += tr * pr - ti * pi;
                gradIm[v[k]] += tr * pi + ti * pr;
                int full = v[k] * stride + e[k];
                double nr = sufR * powRe[full] - sufI * powIm[full];
                double ni = sufR * powIm[full] + sufI * powRe[full];
                sufR = nr;
                sufI = ni;
            }
        }
        valueRe = vr;
        valueIm = vi;
        scale = s;
    }

    /** Re p(z) of the last evaluation. */
    public double valueRe() {
        return valueRe;
    }

    /** Im p(z) of the last evaluation. */
    public double valueIm() {
        return valueIm;
    }

    /** Σ_m |c_m| |z^m| of the last evaluation. */
    public double scale() {
        return scale;
    }

    /** Re ∂p/∂z_j of the last evaluation. */
    public double gradRe(int j) {
        return gradRe[j];
    }

    /** Im ∂p/∂z_j of the last evaluation. */
    public double gradIm(int j) {
        return gradIm[j];
    }
}
