package org.metricflow.numeric.cluster;

/** Distance between two clusters used to merge mini-batch clusters. */
public enum MergeLinkage {
    /** The largest pairwise distance (the paper's "maximum distance over all points"). */
    COMPLETE,
    /** The mean pairwise distance (consistent with the average linkage inside each batch). */
    AVERAGE
}
