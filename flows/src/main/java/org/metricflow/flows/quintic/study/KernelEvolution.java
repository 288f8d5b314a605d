package org.metricflow.flows.quintic.study;

/** Whether the tangent kernel of a {@link FiniteWidthFlow} moves with the parameters. */
public enum KernelEvolution {
    /**
     * The linearised network g(x) = g₀(x) + J_{θ₀}(x)(θ − θ₀): the metric flow of the empirical NTK at initialisation,
     * Θ_{θ₀}, held fixed (a frozen kernel, as in the kernel flows of §3).
     */
    FROZEN,
    /**
     * The network itself, g(x) = g₀(x) + f_θ(x) − f_{θ₀}(x), trained by gradient descent on θ: its metric flow is
     * driven by the empirical NTK Θ_θ at the current parameters, which changes during training (feature learning).
     */
    EVOLVING
}
