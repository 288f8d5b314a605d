package org.metricflow.flows.grid;

import org.metricflow.numeric.Parallel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * Jets of fields on a {@link TorusGrid} by spectral differentiation: every partial derivative up to the order of
 * a {@link JetSpace} (at most 4) of every field, at every grid point, in the jet space's slot layout.
 *
 * <p>Method. Two real fields share one complex transform: the forward FFT of f₁ + i f₂, and since the multiplier
 * Π_a (i k_a)^{m_a} (with the Nyquist rule of {@link org.metricflow.flows.grid}) is a real operator, the inverse of
 * multiplier × spectrum is ∂^α f₁ + i ∂^α f₂. The multiplier is separable, so the inverse is taken one axis at a
 * time, first axis first, and the partial results are shared between derivatives that agree on the earlier axes
 * (a depth-first walk over the tree of prefixes (m_0, …, m_a); the many leaves run along the contiguous last axis):
 * for second-order jets in 3D this is 18
 * one-axis passes per pair of fields, two thirds of the 27 a derivative-by-derivative inverse needs. Exact, to
 * rounding, for trigonometric polynomials with |k_a| &lt; n/2. Lines are split over worker threads; results do not
 * depend on the worker count.
 *
 * <p>Not thread-safe (it owns its buffers): one instance per flow.
 */
public final class SpectralJets {

    private final TorusGrid grid;
    private final JetSpace jets;
    private final int fieldCount;
    private final int perField;
    private final int points;
    private final int workers;
    private final TorusFft fft;
    /** The root of the prefix tree (the spectrum of a field pair); children apply one axis each. */
    private final Node root;
    /** Spectrum (index 0) and one buffer per tree level (re, im): a node on axis a writes level a + 1. */
    private final double[][] levelRe;
    private final double[][] levelIm;
    /** Derivative slot s ≥ 1 of field k at every point, before the transpose into the point-major jets. */
    private final double[][] planes;
    private final double[] discard;

    /** A node of the prefix tree: derivative order along its axis; a leaf carries the per-field slot. */
    private static final class Node {
        final int axis;
        final int order;
        final Map<Integer, Node> children = new LinkedHashMap<>();
        int slot = -1;

        Node(int axis, int order) {
            this.axis = axis;
            this.order = order;
        }
    }

    /** Jets with {@link Parallel#defaultThreads()} workers. */
    public SpectralJets(TorusGrid grid, JetSpace jets) {
        this(grid, jets, Parallel.defaultThreads());
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
        this.workers = Parallel.check(workers);
        this.fft = new TorusFft(grid, workers);
        int d = grid.dimension();
        root = new Node(-1, 0);
        List<int[]> multi = jets.multiIndices();
        for (int s = 1; s < perField; s++) {
            int[] orders = new int[d];
            for (int i : multi.get(s)) {
                orders[i - 1]++;
            }
            Node node = root;
            for (int a = 0; a < d; a++) {
                int axis = a;
                node = node.children.computeIfAbsent(orders[a], o -> new Node(axis, o));
            }
            node.slot = s;
        }
        boolean derivatives = perField > 1;
        levelRe = new double[derivatives ? d : 0][points];
        levelIm = new double[derivatives ? d : 0][points];
        planes = new double[fieldCount * (perField - 1)][points];
        discard = new double[derivatives ? points : 0];
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
            for (int k = 0; k < fieldCount; k += 2) {
                boolean two = k + 1 < fieldCount;
                System.arraycopy(fields, k * points, levelRe[0], 0, points);
                if (two) {
                    System.arraycopy(fields, (k + 1) * points, levelIm[0], 0, points);
                } else {
                    Arrays.fill(levelIm[0], 0.0);
                }
                fft.forward(levelRe[0], levelIm[0]);
                for (Node child : root.children.values()) {
                    walk(child, k, two);
                }
            }
        }
        Parallel.run(workers, w -> transpose(fields, out, jetSize, Parallel.from(points, workers, w),
                Parallel.from(points, workers, w + 1)));
    }

    /** Applies the node's axis to its parent's buffer; leaves write the derivative planes of the field pair. */
    private void walk(Node node, int k, boolean two) {
        int a = node.axis;
        double[] srcRe = levelRe[a];
        double[] srcIm = levelIm[a];
        if (node.slot >= 0) {
            double[] re = planes[k * (perField - 1) + node.slot - 1];
            double[] im = two ? planes[(k + 1) * (perField - 1) + node.slot - 1] : discard;
            fft.inverseAxis(srcRe, srcIm, re, im, a, node.order);
        }
        if (!node.children.isEmpty()) {
            fft.inverseAxis(srcRe, srcIm, levelRe[a + 1], levelIm[a + 1], a, node.order);
            for (Node child : node.children.values()) {
                walk(child, k, two);
            }
        }
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

    /** Number of one-axis inverse passes per pair of fields (for documentation and benchmarks). */
    int passesPerPair() {
        List<Node> stack = new ArrayList<>(root.children.values());
        int passes = 0;
        while (!stack.isEmpty()) {
            Node n = stack.remove(stack.size() - 1);
            passes += (n.slot >= 0 ? 1 : 0) + (n.children.isEmpty() ? 0 : 1);
            stack.addAll(n.children.values());
        }
        return passes;
    }
}
