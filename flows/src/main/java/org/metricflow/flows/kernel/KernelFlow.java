package org.metricflow.flows.kernel;

import org.metricflow.flows.Flow;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.local.LocalFlow;

/**
 * The frozen-kernel flow of eq. (2.12)/(2.30) on a flat torus (reference metric δ, so the rescaling factors of
 * (2.28) are 1): ∂_t f_k = G_σ ∗ v_k for every field, v the velocity of the local flow (2.14) and G_σ the
 * normalised periodic Gaussian. No component mixing (kernel δ_ik δ_jl, eq. (2.23)). As σ → 0 it becomes the local
 * flow. The state is the same as the local flow's. Not thread-safe.
 */
public final class KernelFlow implements Flow {

    private final LocalFlow local;
    private final PeriodicGaussian kernel;
    private final int fields;

    /**
     * @param local the local flow whose velocity is smeared
     * @param sigma kernel width σ &gt; 0
     */
    public KernelFlow(LocalFlow local, double sigma) {
        this.local = local;
        this.kernel = new PeriodicGaussian(local.grid(), sigma);
        this.fields = local.definition().jets().fields().size();
    }

    public double sigma() {
        return kernel.sigma();
    }

    @Override
    public FlowDefinition definition() {
        return local.definition();
    }

    @Override
    public TorusGrid grid() {
        return local.grid();
    }

    @Override
    public int stateDimension() {
        return local.stateDimension();
    }

    @Override
    public void velocity(double t, double[] state, double[] out) {
        local.velocity(t, state, out);
        kernel.apply(out, out, fields);
    }

    @Override
    public void jets(double[] state, double[] out) {
        local.jets(state, out);
    }

    @Override
    public String describe() {
        return "kernel sigma=" + kernel.sigma() + " " + Flow.super.describe();
    }
}
