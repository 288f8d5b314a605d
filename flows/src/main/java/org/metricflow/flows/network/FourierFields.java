package org.metricflow.flows.network;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.flows.InitialFields;
import org.metricflow.flows.grid.TorusFft;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * Fields on T^d given by finite Fourier series f(x) = Σ_k (C_k cos k·x + S_k sin k·x) over a half-space of
 * wavenumbers, with jets of any order at arbitrary points: ∂^α(C cos θ + S sin θ) = Π_i k_{α_i} ·
 * (C cos(θ + |α|π/2) + S sin(θ + |α|π/2)), θ = k·x. Built from {@link InitialFields} as their trigonometric
 * interpolants on a grid of {@value #RESOLUTION} points per axis (Hipparchus FFT); modes below 10^{−14} of a field's
 * largest coefficient are dropped, so smooth initial data such as 1 + 0.1 cos x keeps a handful of modes. Used as the
 * frozen offset that makes a network represent the prescribed initial fields. Immutable and thread-safe.
 */
public final class FourierFields {

    /** Interpolation grid points per axis. */
    public static final int RESOLUTION = 64;
    private static final double DROP = 1e-14;
    /** The largest coefficient in the upper half of the resolved band must be below this fraction of the largest. */
    private static final double RESOLVED = 1e-11;

    private final JetSpace jets;
    private final int[][] wavenumbers; // per field: k_0..k_{d−1} of each mode, mode-major
    private final double[][] cosine;
    private final double[][] sine;

    private FourierFields(JetSpace jets, int[][] wavenumbers, double[][] cosine, double[][] sine) {
        this.jets = jets;
        this.wavenumbers = wavenumbers;
        this.cosine = cosine;
        this.sine = sine;
    }

    /**
     * The trigonometric interpolants of the initial fields.
     *
     * @throws IllegalArgumentException when a field is not resolved by {@value #RESOLUTION} modes per axis (its
     *                                  coefficients above wavenumber {@value #RESOLUTION}/4 exceed 10^{−11} of its
     *                                  largest), naming the field
     */
    public static FourierFields interpolate(InitialFields initial, JetSpace jets) {
        TorusGrid grid = new TorusGrid(jets.dimension(), RESOLUTION);
        TorusFft fft = new TorusFft(grid);
        int n = grid.points();
        int fields = jets.fields().size();
        int[][] k = new int[fields][];
        double[][] c = new double[fields][];
        double[][] s = new double[fields][];
        for (int f = 0; f < fields; f++) {
            String name = jets.fields().get(f);
            double[] re = grid.sample(initial.function(name));
            double[] im = new double[n];
            fft.forward(re, im);
            double largest = 0;
            double upper = 0;
            for (int q = 0; q < n; q++) {
                double amplitude = Math.hypot(re[q], im[q]) / n;
                largest = Math.max(largest, amplitude);
                if (maxWavenumber(grid, q) > RESOLUTION / 4) {
                    upper = Math.max(upper, amplitude);
                }
            }
            if (upper > RESOLVED * largest) {
                throw new IllegalArgumentException("initial field '" + name + "' is not resolved by " + RESOLUTION
                        + " Fourier modes per axis (relative coefficient " + upper / largest + " above wavenumber "
                        + RESOLUTION / 4 + "): give smoother initial data");
            }
            List<int[]> modes = new ArrayList<>();
            List<double[]> coefficients = new ArrayList<>();
            for (int q = 0; q < n; q++) {
                int[] kq = wavenumbers(grid, q);
                int sign = leadingSign(kq);
                double amplitude = Math.hypot(re[q], im[q]) / n;
                if (sign < 0 || amplitude <= DROP * largest || maxWavenumber(grid, q) == RESOLUTION / 2) {
                    continue;
                }
                double factor = sign == 0 ? 1.0 / n : 2.0 / n; // k and −k pair up (f is real)
                modes.add(kq);
                coefficients.add(new double[] {factor * re[q], -factor * im[q]});
            }
            int d = jets.dimension();
            k[f] = new int[modes.size() * d];
            c[f] = new double[modes.size()];
            s[f] = new double[modes.size()];
            for (int m = 0; m < modes.size(); m++) {
                System.arraycopy(modes.get(m), 0, k[f], m * d, d);
                c[f][m] = coefficients.get(m)[0];
                s[f][m] = coefficients.get(m)[1];
            }
        }
        return new FourierFields(jets, k, c, s);
    }

    private static int[] wavenumbers(TorusGrid grid, int q) {
        int[] k = new int[grid.dimension()];
        for (int a = 0; a < k.length; a++) {
            k[a] = TorusGrid.wavenumber(grid.index(q, a), grid.size());
        }
        return k;
    }

    private static int maxWavenumber(TorusGrid grid, int q) {
        int max = 0;
        for (int k : wavenumbers(grid, q)) {
            max = Math.max(max, Math.abs(k));
        }
        return max;
    }

    /** Sign of the first non-zero component (0 for k = 0): the half-space representative has +1. */
    private static int leadingSign(int[] k) {
        for (int v : k) {
            if (v != 0) {
                return Integer.signum(v);
            }
        }
        return 0;
    }

    public JetSpace jetSpace() {
        return jets;
    }

    /** Number of Fourier modes kept, summed over the fields. */
    public int modeCount() {
        int total = 0;
        for (double[] c : cosine) {
            total += c.length;
        }
        return total;
    }

    /**
     * Jets of every field at {@code count} points.
     *
     * @param points flat coordinates, {@code points[p·d + a]} (not modified)
     * @param out    point-major jets in the slot layout of {@link #jetSpace()}, {@code out[p·J + s]} (modified)
     */
    public void jets(double[] points, int count, double[] out) {
        int d = jets.dimension();
        int size = jets.size();
        List<int[]> multi = jets.multiIndices();
        int perField = multi.size();
        double[] rotated = new double[4];
        java.util.Arrays.fill(out, 0, count * size, 0.0);
        for (int p = 0; p < count; p++) {
            for (int f = 0; f < cosine.length; f++) {
                int base = p * size + f * perField;
                for (int m = 0; m < cosine[f].length; m++) {
                    double theta = 0;
                    for (int a = 0; a < d; a++) {
                        theta += wavenumbers[f][m * d + a] * points[p * d + a];
                    }
                    double cs = Math.cos(theta);
                    double sn = Math.sin(theta);
                    double cc = cosine[f][m];
                    double ss = sine[f][m];
                    // C cos(θ + oπ/2) + S sin(θ + oπ/2) for o = 0..3
                    rotated[0] = cc * cs + ss * sn;
                    rotated[1] = -cc * sn + ss * cs;
                    rotated[2] = -rotated[0];
                    rotated[3] = -rotated[1];
                    for (int slot = 0; slot < perField; slot++) {
                        int[] alpha = multi.get(slot);
                        double factor = 1;
                        for (int i : alpha) {
                            factor *= wavenumbers[f][m * d + i - 1];
                        }
                        out[base + slot] += factor * rotated[alpha.length % 4];
                    }
                }
            }
        }
    }
}
