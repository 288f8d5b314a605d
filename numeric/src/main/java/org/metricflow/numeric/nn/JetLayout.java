package org.metricflow.numeric.nn;

import org.metricflow.numeric.Inputs;
import java.util.Arrays;

/**
 * Layout of the jet of one scalar function of d inputs up to order 2 in a flat array: the value, then the d first
 * derivatives ∂_j f, then the d(d+1)/2 second derivatives ∂_j∂_k f for j ≤ k in row-major upper-triangular order
 * (∂_0∂_0, ∂_0∂_1, …, ∂_0∂_{d−1}, ∂_1∂_1, …). Indices are 0-based here; the order is that of
 * {@code org.metricflow.symbolic.jet.JetSpace} (f, f_d1, …, f_dn, f_d11, f_d12, …).
 *
 * @param dimension number of inputs d ≥ 1
 * @param order     highest derivative order, 0, 1 or 2
 */
public record JetLayout(int dimension, int order) {

    public JetLayout {
        if (dimension < 1) {
            throw new IllegalArgumentException("jet dimension must be >= 1, got " + dimension);
        }
        checkOrder(order);
    }

    /** Returns {@code order} when it is 0, 1 or 2. */
    static int checkOrder(int order) {
        if (order < 0 || order > 2) {
            throw new IllegalArgumentException("jet order must be 0, 1 or 2, got " + order);
        }
        return order;
    }

    /** Number of slots: 1, 1 + d, or 1 + d + d(d+1)/2. */
    public int size() {
        int s = 1;
        if (order >= 1) {
            s += dimension;
        }
        if (order >= 2) {
            s += dimension * (dimension + 1) / 2;
        }
        return s;
    }

    /** Slot of ∂_j f (0-based j); needs order ≥ 1. */
    public int first(int j) {
        if (order < 1 || j < 0 || j >= dimension) {
            throw new IllegalArgumentException("no first-derivative slot for j = " + j + " in " + this);
        }
        return 1 + j;
    }

    /** Slot of ∂_j∂_k f (either index order, 0-based); needs order 2. */
    public int second(int j, int k) {
        if (order < 2 || j < 0 || k < 0 || j >= dimension || k >= dimension) {
            throw new IllegalArgumentException("no second-derivative slot for (" + j + ", " + k + ") in " + this);
        }
        int lo = Math.min(j, k);
        int hi = Math.max(j, k);
        return 1 + dimension + lo * dimension - lo * (lo - 1) / 2 + (hi - lo);
    }

    /**
     * Starts a jet computation: checks x[xOff .. xOff+dimension) is finite and {@code out} holds {@code blocks} jets
     * of this layout from {@code outOff}, zeroes them and returns the layout.
     */
    static JetLayout cleared(int dimension, int order, double[] x, int xOff, double[] out, int outOff, int blocks) {
        Inputs.requireFinite("x", x, xOff, dimension);
        JetLayout layout = new JetLayout(dimension, order);
        int len = blocks * layout.size();
        Inputs.requireSlice("out", out, outOff, len);
        Arrays.fill(out, outOff, outOff + len, 0.0);
        return layout;
    }
}
