package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;
import java.util.Arrays;

/**
 * The cosine network exactly as printed in eq. (2.32), with the sum over input coordinates outside the cosine:
 * f_o(x) = (A/√N) Σ_i (s_a a_{oi}) Σ_j cos(w_ij x_j + b_i), w_ij ~ N(0, σ_w²/d), b_i ~ U(−π, π). Only the readout a
 * is trained (as in eq. (2.33)); trainable parameters a[o·N + i]. Kept to demonstrate what kernel this form really
 * has (see {@link CosineForm#PRINTED}).
 */
public final class PrintedCosineNetwork implements Network {

    private final int d;
    private final int n;
    private final int m;
    private final double amplitude;
    private final double outScale;
    private final double sa;
    private final double[] a;
    private final double[] w;
    private final double[] b;

    PrintedCosineNetwork(int d, int m, double amplitude, double sa, double[] a, double[] w, double[] b) {
        this.d = d;
        this.n = b.length;
        this.m = m;
        this.amplitude = amplitude;
        this.outScale = amplitude / Math.sqrt(n);
        this.sa = sa;
        this.a = a;
        this.w = w;
        this.b = b;
    }

    @Override
    public int inputDimension() {
        return d;
    }

    @Override
    public int outputCount() {
        return m;
    }

    @Override
    public int parameterCount() {
        return m * n;
    }

    @Override
    public double[] parameters() {
        return a.clone();
    }

    @Override
    public PrintedCosineNetwork withParameters(double[] theta) {
        Inputs.requireParameters(theta, parameterCount());
        return new PrintedCosineNetwork(d, m, amplitude, sa, theta.clone(), w, b);
    }

    @Override
    public void jet(double[] x, int xOff, int order, double[] out, int outOff) {
        JetLayout layout = JetLayout.cleared(d, order, x, xOff, out, outOff, m);
        int size = layout.size();
        double[] unit = new double[size];
        for (int i = 0; i < n; i++) {
            unitJet(layout, x, xOff, i, unit);
            for (int o = 0; o < m; o++) {
                double c = outScale * sa * a[o * n + i];
                for (int s = 0; s < size; s++) {
                    out[outOff + o * size + s] += c * unit[s];
                }
            }
        }
    }

    @Override
    public void parameterJacobian(double[] x, int xOff, int order, double[] out) {
        int p = parameterCount();
        JetLayout layout = JetLayout.cleared(d, order, x, xOff, out, 0, m * p);
        int size = layout.size();
        double[] unit = new double[size];
        for (int i = 0; i < n; i++) {
            unitJet(layout, x, xOff, i, unit);
            for (int o = 0; o < m; o++) {
                for (int s = 0; s < size; s++) {
                    out[(o * size + s) * p + o * n + i] = outScale * sa * unit[s];
                }
            }
        }
    }

    /** Jet of Σ_j cos(w_ij x_j + b_i): value, −sin(·) w_ij, and δ_jk (−cos(·) w_ij²). */
    private void unitJet(JetLayout layout, double[] x, int xOff, int i, double[] unit) {
        Arrays.fill(unit, 0.0);
        for (int j = 0; j < d; j++) {
            double wij = w[i * d + j];
            double v = wij * x[xOff + j] + b[i];
            double c = Math.cos(v);
            unit[0] += c;
            if (layout.order() >= 1) {
                unit[layout.first(j)] = -Math.sin(v) * wij;
            }
            if (layout.order() == 2) {
                unit[layout.second(j, j)] = -c * wij * wij;
            }
        }
    }
}
