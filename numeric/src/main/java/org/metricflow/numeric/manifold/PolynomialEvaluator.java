package org.metricflow.numeric.manifold;

/**
 * Evaluates a {@link HomogeneousPolynomial} and its gradient ∂p/∂z_j at one point. A mutable workspace: create one
 * per thread with {@link HomogeneousPolynomial#evaluator()}; no allocation after construction.
 *
 * <p>{@link #coefficientNorm()} ‖c‖₁ = Σ_m |c_m| is the natural scale of p on points with max|z_i| = 1: there
 * |p| ≤ ‖c‖₁ and the rounding error of the evaluation is below deg·ε·‖c‖₁, so |p(z)|/‖c‖₁ is the backward error
 * used by the sampler.
 */
public final class PolynomialEvaluator {

    private final int n1;
    private final int[][] vars;
    private final int[][] exps;
    private final double[] cr;
    private final double[] ci;
    private final double coefficientNorm;
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

    PolynomialEvaluator(int n1, int degree, int[][] exponents, double[] cr, double[] ci) {
        this.n1 = n1;
        this.cr = cr;
        this.ci = ci;
        double norm = 0;
        for (int m = 0; m < cr.length; m++) {
            norm += Math.hypot(cr[m], ci[m]);
        }
        this.coefficientNorm = norm;
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
    }

    /** Re p(z) of the last evaluation. */
    public double valueRe() {
        return valueRe;
    }

    /** Im p(z) of the last evaluation. */
    public double valueIm() {
        return valueIm;
    }

    /** ‖c‖₁ = Σ_m |c_m|. */
    public double coefficientNorm() {
        return coefficientNorm;
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
