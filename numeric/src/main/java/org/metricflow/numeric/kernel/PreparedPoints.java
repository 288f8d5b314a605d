package org.metricflow.numeric.kernel;

/**
 * A point set in the representation a {@link TiledKernel} evaluates fastest (e.g. unit-normalised complex vectors in
 * structure-of-arrays layout); created by {@link TiledKernel#prepare} and only meaningful to that kernel.
 */
public interface PreparedPoints {

    /** Number of points. */
    int size();
}
