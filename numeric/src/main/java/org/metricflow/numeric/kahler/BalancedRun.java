package org.metricflow.numeric.kahler;

/**
 * The result of Donaldson's iteration H ← T(H)^{-1}.
 *
 * @param metric     the last iterate (the balanced metric when converged)
 * @param residuals  per iteration, ‖H T(H) − 1‖_F/√N_k of the iterate fed to T (0 at the fixed point)
 * @param converged  whether the last residual fell below the tolerance
 * @param cpuSeconds CPU time of the iteration (all threads of this JVM)
 */
public record BalancedRun(AlgebraicMetric metric, double[] residuals, boolean converged, double cpuSeconds) {

    /** Number of T-operator applications. */
    public int iterations() {
        return residuals.length;
    }

    /** The last residual. */
    public double residual() {
        return residuals[residuals.length - 1];
    }
}
