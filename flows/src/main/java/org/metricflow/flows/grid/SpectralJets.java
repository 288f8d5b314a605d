package org.metricflow.flows.grid;

import java.util.List;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * Jets of fields on a {@link TorusGrid} by spectral differentiation: every partial derivative up to the order of
 * a {@link JetSpace} (at most 4) of every field, at every grid point, in the jet space's slot layout.
 *
 * <p>Method: one d-dimensional FFT per pair of fields (two real fields share one complex transform), the
 * multiplier Π_a (i k_a)^{m_a} per derivative (with the Nyquist rule of {@link org.metricflow.flows.grid}: zero for
 * odd m_a at k_a = n/2, which keeps every derivative spectrum Hermitian), and one inverse FFT per pair of
 * derivatives (their real and imaginary parts). Exact, to rounding, for trigonometric polynomials with
 * |k_a| &lt; n/2. Work is split over worker threads; results do not depend on the worker count.
 *
 * <p>Not thread-safe (it owns its buffers): one instance per flow.
 */
public final class SpectralJets {

    private static final int MAX_ORDER = 4;

    private final TorusGrid grid;
    private final JetSpace jets;
    private final int fieldCount;
    private final int perField;
    private final int points;
    /** Per-field slot s ≥ 1: derivative order along each axis, and the total order. */
    private final int[][] axisOrders;
    private final int[] totalOrders;
    /** kPow[m][j] = k_j^m on one axis, with the Nyquist rule (zero for odd m at j = n/2). */
    private final double[][] kPow;
    /**
     * The derivative multipliers are separable: for spectral index q = r·n + j (j on the last axis),
     * Π_a k_a^{m_a} = outer[s][r] · kPow[m_last(s)][j], with outer[s][r] the product over the other axes.
     */
    private final double[][] outer;
    /** mirror[q]: the spectral index of −k. */
    private final int[] mirror;
    private final double[][] specRe;
    private final double[][] specIm;
    /** Derivative number t (field-major) at every point, before the transpose into the point-major jets. */
    private final double[][] planes;
    private final Workspace[] workspaces;
    private final int workers;

    private static final class Workspace {
        final double[] re;
        final double[] im;
        final TorusFft fft;

        Workspace(TorusGrid grid) {
            re = new double[grid.points()];
            im = new double[grid.points()];
            fft = new TorusFft(grid);
        }
    }

    /** Jets with {@link Workers#defaultCount()} workers. */
    public SpectralJets(TorusGrid grid, JetSpace jets) {
        this(grid, jets, Workers.defaultCount());
    }

    /**
     * @param grid    the grid (its dimension must equal the jet space's)
     * @param jets    fields and derivative order (≤ 4)
     * @param workers worker threads, 1..256
     */
    public SpectralJets(TorusGrid grid, JetSpace jets, int workers) {
        if (jets.dimension() != grid.dimension()) {
            throw new IllegalArgumentException("jet space dimension " + jets.dimension()
                    + " differs from the torus dimension " + grid.dimension());
        }
        this.grid = grid;
        this.jets = jets;
        this.fieldCount = jets.fields().size();
        this.perField = jets.perField();
        this.points = grid.points();
        int d = grid.dimension();
        List<int[]> multi = jets.multiIndices();
        axisOrders = new int[perField][d];
        totalOrders = new int[perField];
        for (int s = 0; s < perField; s++) {
            for (int i : multi.get(s)) {
                axisOrders[s][i - 1]++;
            }
            totalOrders[s] = multi.get(s).length;
        }
        int n = grid.size();
        kPow = new double[MAX_ORDER + 1][n];
        for (int m = 0; m <= MAX_ORDER; m++) {
            for (int j = 0; j < n; j++) {
                boolean oddNyquist = j == n / 2 && m % 2 == 1;
                kPow[m][j] = oddNyquist ? 0 : Math.pow(TorusGrid.wavenumber(j, n), m);
            }
        }
        mirror = new int[points];
        for (int q = 0; q < points; q++) {
            int mq = 0;
            for (int a = 0; a < d; a++) {
                mq += ((n - grid.index(q, a)) % n) * grid.stride(a);
            }
            mirror[q] = mq;
        }
        outer = new double[perField][points / n];
        for (int s = 0; s < perField; s++) {
            for (int r = 0; r < points / n; r++) {
                double m = 1;
                for (int a = 0; a < d - 1; a++) {
                    m *= kPow[axisOrders[s][a]][grid.index(r * n, a)];
                }
                outer[s][r] = m;
            }
        }
        boolean derivatives = perField > 1;
        specRe = new double[derivatives ? fieldCount : 0][points];
        specIm = new double[derivatives ? fieldCount : 0][points];
        planes = new double[fieldCount * (perField - 1)][points];
        this.workers = Workers.check(workers);
        workspaces = new Workspace[derivatives ? workers : 0];
        for (int w = 0; w < workspaces.length; w++) {
            workspaces[w] = new Workspace(grid);
        }
    }

    public TorusGrid grid() {
        return grid;
    }

    public JetSpace jetSpace() {
        return jets;
    }

    /**
     * Computes the jets of all fields at all grid points.
     *
     * @param fields field values, field-major: field k at point p in {@code fields[k·N + p]} (not modified)
     * @param out    jets, point-major: slot s of point p in {@code out[p·J + s]}, J = {@code jetSpace().size()}
     *               (modified)
     */
    public void jets(double[] fields, double[] out) {
        int jetSize = fieldCount * perField;
        if (fields.length < fieldCount * points || out.length < points * jetSize) {
            throw new IllegalArgumentException("need " + fieldCount * points + " field values and "
                    + points * jetSize + " jet slots, got " + fields.length + " and " + out.length);
        }
        if (perField > 1) {
            int forwardTasks = (fieldCount + 1) / 2;
            runTasks(forwardTasks, (w, t) -> forwardPair(w, fields, 2 * t));
            int derivatives = fieldCount * (perField - 1);
            int inverseTasks = (derivatives + 1) / 2;
            runTasks(inverseTasks, (w, t) -> inversePair(w, 2 * t, derivatives));
        }
        Workers.run(workers, w -> transpose(fields, out, jetSize, Workers.from(points, workers, w),
                Workers.from(points, workers, w + 1)));
    }

    /** Point-major jets of points from..to, in blocks that stay in cache. */
    private void transpose(double[] fields, double[] out, int jetSize, int from, int to) {
        final int block = 64;
        int derivativesPerField = perField - 1;
        for (int start = from; start < to; start += block) {
            int end = Math.min(to, start + block);
            for (int k = 0; k < fieldCount; k++) {
                int slot = k * perField;
                for (int p = start; p < end; p++) {
                    out[p * jetSize + slot] = fields[k * points + p];
                }
                for (int s = 1; s < perField; s++) {
                    double[] plane = planes[k * derivativesPerField + s - 1];
                    for (int p = start; p < end; p++) {
                        out[p * jetSize + slot + s] = plane[p];
                    }
                }
            }
        }
    }

    private interface Task {
        void run(Workspace w, int task);
    }

    private void runTasks(int tasks, Task task) {
        int used = Math.min(workspaces.length, tasks);
        Workers.run(used, w -> {
            Workspace ws = workspaces[w];
            for (int t = Workers.from(tasks, used, w); t < Workers.from(tasks, used, w + 1); t++) {
                task.run(ws, t);
            }
        });
    }

    /** Spectra of fields k1 = first and k2 = first + 1 from one complex FFT of f1 + i f2. */
    private void forwardPair(Workspace ws, double[] fields, int first) {
        int k1 = first;
        int k2 = first + 1;
        boolean two = k2 < fieldCount;
        System.arraycopy(fields, k1 * points, ws.re, 0, points);
        if (two) {
            System.arraycopy(fields, k2 * points, ws.im, 0, points);
        } else {
            java.util.Arrays.fill(ws.im, 0.0);
        }
        ws.fft.forward(ws.re, ws.im);
        double[] r1 = specRe[k1];
        double[] i1 = specIm[k1];
        if (!two) {
            System.arraycopy(ws.re, 0, r1, 0, points);
            System.arraycopy(ws.im, 0, i1, 0, points);
            return;
        }
        double[] r2 = specRe[k2];
        double[] i2 = specIm[k2];
        for (int q = 0; q < points; q++) {
            int m = mirror[q];
            double a = ws.re[q];
            double b = ws.im[q];
            double c = ws.re[m];
            double e = ws.im[m];
            // F1 = (Z(q) + conj Z(−q))/2,  F2 = (Z(q) − conj Z(−q))/(2i)
            r1[q] = 0.5 * (a + c);
            i1[q] = 0.5 * (b - e);
            r2[q] = 0.5 * (b + e);
            i2[q] = 0.5 * (c - a);
        }
    }

    /** Derivatives number {@code first} and {@code first + 1} (field-major numbering) from one inverse FFT. */
    private void inversePair(Workspace ws, int first, int count) {
        int n = grid.size();
        int k1 = first / (perField - 1);
        int s1 = 1 + first % (perField - 1);
        boolean two = first + 1 < count;
        int k2 = two ? (first + 1) / (perField - 1) : k1;
        int s2 = two ? 1 + (first + 1) % (perField - 1) : s1;
        double[] fr1 = specRe[k1];
        double[] fi1 = specIm[k1];
        double[] fr2 = specRe[k2];
        double[] fi2 = specIm[k2];
        double[] outer1 = outer[s1];
        double[] outer2 = outer[s2];
        double[] last1 = kPow[axisOrders[s1][grid.dimension() - 1]];
        double[] last2 = kPow[axisOrders[s2][grid.dimension() - 1]];
        // i^m as (cr, ci)
        double c1r = quarterRe(totalOrders[s1]);
        double c1i = quarterIm(totalOrders[s1]);
        double c2r = two ? quarterRe(totalOrders[s2]) : 0;
        double c2i = two ? quarterIm(totalOrders[s2]) : 0;
        for (int r = 0, q = 0; r < points / n; r++) {
            double o1 = outer1[r];
            double o2 = outer2[r];
            for (int j = 0; j < n; j++, q++) {
                double m1 = o1 * last1[j];
                double m2 = o2 * last2[j];
                double z1r = m1 * (c1r * fr1[q] - c1i * fi1[q]);
                double z1i = m1 * (c1r * fi1[q] + c1i * fr1[q]);
                double z2r = m2 * (c2r * fr2[q] - c2i * fi2[q]);
                double z2i = m2 * (c2r * fi2[q] + c2i * fr2[q]);
                ws.re[q] = z1r - z2i;
                ws.im[q] = z1i + z2r;
            }
        }
        ws.fft.inverse(ws.re, ws.im);
        System.arraycopy(ws.re, 0, planes[first], 0, points);
        if (two) {
            System.arraycopy(ws.im, 0, planes[first + 1], 0, points);
        }
    }

    private static double quarterRe(int m) {
        return switch (m & 3) {
            case 0 -> 1;
            case 2 -> -1;
            default -> 0;
        };
    }

    private static double quarterIm(int m) {
        return switch (m & 3) {
            case 1 -> 1;
            case 3 -> -1;
            default -> 0;
        };
    }
}
