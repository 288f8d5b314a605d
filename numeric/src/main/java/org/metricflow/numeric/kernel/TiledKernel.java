package org.metricflow.numeric.kernel;

import org.metricflow.numeric.kernel.operator.KernelOperator;

/**
 * A symmetric kernel (Θ(x, y) = Θ(y, x)) that evaluates a row segment over one column tile at once on pre-processed
 * points: the seam between kernels and the matrix-free
 * {@link org.metricflow.numeric.kernel.operator.KernelOperator}s. Column points are grouped in tiles of
 * {@link #TILE} consecutive points so that the hot loops index kernel values and column data alike (which is what lets
 * the JIT vectorise them). Any {@link Kernel} can be used through {@link #of(Kernel)}; kernels with a fast row (e.g.
 * {@link FubiniStudyKernel}) implement it directly.
 */
public interface TiledKernel extends Kernel {

    /** Points per column tile. */
    int TILE = 256;

    /** Pre-processes a flat array of points ({@link #inputDimension()} values each); validates them. */
    PreparedPoints prepare(double[] points);

    /** Doubles of scratch space {@link #row} needs per tile entry. */
    int scratchPerEntry();

    /**
     * Writes Θ(x_a, y_b) for the points b = tile·TILE + j of column tile {@code tile} (j < {@link #tileLength}) to
     * {@code out[j]}, using {@code scratch} (length ≥ TILE·{@link #scratchPerEntry()}); no allocation.
     */
    void row(PreparedPoints xs, int a, PreparedPoints ys, int tile, double[] out, double[] scratch);

    /** Number of column tiles of a point set. */
    static int tiles(PreparedPoints p) {
        return (p.size() + TILE - 1) / TILE;
    }

    /** Number of points in tile {@code tile}. */
    static int tileLength(PreparedPoints p, int tile) {
        return Math.min(TILE, p.size() - tile * TILE);
    }

    /** The kernel itself if it is tiled, otherwise an adapter evaluating {@link Kernel#value} entry by entry. */
    static TiledKernel of(Kernel kernel) {
        if (kernel instanceof TiledKernel t) {
            return t;
        }
        if (kernel == null) {
            throw new IllegalArgumentException("kernel must not be null");
        }
        return new PointwiseTiledKernel(kernel);
    }
}
