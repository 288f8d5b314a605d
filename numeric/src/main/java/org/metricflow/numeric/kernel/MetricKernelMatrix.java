package org.metricflow.numeric.kernel;

import org.metricflow.numeric.Inputs;

/**
 * A metric-NTK between two point sets, Θ_pq(x_a, y_b) for components p, q < m (independent metric components), stored
 * as the row-major (nx·m) × (ny·m) matrix {@code values[((a·m + p)·ny + b)·m + q]}.
 *
 * @param rows       nx
 * @param columns    ny
 * @param components m
 * @param values     the entries (not copied)
 */
public record MetricKernelMatrix(int rows, int columns, int components, double[] values) {

    public MetricKernelMatrix {
        Inputs.requireRange("rows", rows, 1, Integer.MAX_VALUE);
        Inputs.requireRange("columns", columns, 1, Integer.MAX_VALUE);
        Inputs.requireRange("components", components, 1, 1 << 16);
        if (values == null || values.length != (long) rows * columns * components * components) {
            throw new IllegalArgumentException("values must have rows·columns·components² entries");
        }
    }

    /** Θ_pq(x_a, y_b). */
    public double get(int a, int p, int b, int q) {
        return values[((a * components + p) * columns + b) * components + q];
    }

    /** max |Θ_pq| over p ≠ q (0 for a single component). */
    public double maxCrossComponent() {
        double worst = 0;
        for (int a = 0; a < rows; a++) {
            for (int b = 0; b < columns; b++) {
                for (int p = 0; p < components; p++) {
                    for (int q = 0; q < components; q++) {
                        if (p != q) {
                            worst = Math.max(worst, Math.abs(get(a, p, b, q)));
                        }
                    }
                }
            }
        }
        return worst;
    }

    /** max |Θ_pp|. */
    public double maxDiagonalComponent() {
        double worst = 0;
        for (int a = 0; a < rows; a++) {
            for (int b = 0; b < columns; b++) {
                for (int p = 0; p < components; p++) {
                    worst = Math.max(worst, Math.abs(get(a, p, b, p)));
                }
            }
        }
        return worst;
    }

    /**
     * Relative Frobenius distance ‖Θ − δ_pq Θ̄‖_F / ‖δ_pq Θ̄‖_F to the frozen metric kernel δ_pq Θ̄(x_a, y_b) of eq.
     * (2.23), with {@code xs}, {@code ys} the points this matrix was computed on.
     */
    public double relativeDistance(Kernel frozen, double[] xs, double[] ys) {
        int d = frozen.inputDimension();
        Inputs.requireSlice("xs", xs, 0, rows * d);
        Inputs.requireSlice("ys", ys, 0, columns * d);
        double num = 0;
        double den = 0;
        for (int a = 0; a < rows; a++) {
            for (int b = 0; b < columns; b++) {
                double ref = frozen.value(xs, a * d, ys, b * d);
                for (int p = 0; p < components; p++) {
                    for (int q = 0; q < components; q++) {
                        double r = p == q ? ref : 0.0;
                        double diff = get(a, p, b, q) - r;
                        num += diff * diff;
                        den += r * r;
                    }
                }
            }
        }
        return Math.sqrt(num / den);
    }
}
