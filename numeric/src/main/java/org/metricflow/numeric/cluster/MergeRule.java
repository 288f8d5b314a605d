package org.metricflow.numeric.cluster;

/**
 * How the clusters c^I_β of mini-batch I ≥ 2 join the clusters c^1_α of the first batch (paper §3.1, eq. 3.3),
 * with cost(α, β) the linkage distance between c^1_α and c^I_β.
 */
public enum MergeRule {
    /**
     * Eq. (3.3) as printed: each α independently takes argmin_β cost(α, β). Two α may take the same β (its points
     * are then counted twice) and some β are taken by none (their points are lost).
     */
    PAPER_LITERAL,
    /** Steps 4–5 of the text read as an assignment: α = 1, 2, … in turn take the cheapest β not yet taken. */
    SEQUENTIAL,
    /** One-to-one greedy matching: repeatedly join the globally cheapest untaken (α, β) pair. */
    GREEDY
}
