package org.metricflow.flows.network;

import org.metricflow.flows.JetBinding;
import org.metricflow.flows.kernel.PeriodicGaussian;

/**
 * Compares the velocity a network flow induces (measured with {@link InducedVelocity#tangent}) with the local
 * velocity of its {@link org.metricflow.flows.FlowDefinition} evaluated on the network's own analytic jets (no
 * spectral error), and with that velocity smeared by the normalised periodic Gaussian G_σ. The network's NTK must
 * be normalised so that its σ → 0 limit is δ(x − x') (Ω̄ = 1, eqs. (2.29), (2.36)); the local velocity must be
 * −Ω̄ δl/δg of the loss (so that for l = −F/Ω̄ it is δF/δg, eq. (2.42)). Not thread-safe.
 */
public final class LocalityCheck {

    private final NetworkFlow flow;
    private final InducedVelocity induced;
    private final PeriodicGaussian kernel;
    private final JetBinding velocity;
    private final double[] jets;
    private final double[] scratch;
    private final double[] pointwise;

    /** @param sigma width of the Gaussian the network's NTK approximates */
    public LocalityCheck(NetworkFlow flow, double sigma) {
        this.flow = flow;
        this.induced = new InducedVelocity(flow);
        this.kernel = new PeriodicGaussian(flow.grid(), sigma);
        this.velocity = new JetBinding(flow.definition().velocity(), flow.definition().jets());
        int n = flow.grid().points();
        this.jets = new double[n * flow.definition().jets().size()];
        this.scratch = new double[velocity.scratchSize(n)];
        this.pointwise = new double[n * velocity.function().outputs()];
    }

    /** The three distances at parameters θ. */
    public VelocityComparison compare(double[] theta) {
        int n = flow.grid().points();
        int fields = flow.definition().jets().fields().size();
        double[] measured = new double[n * fields];
        induced.tangent(theta, measured);
        flow.jets(theta, jets);
        velocity.evaluate(jets, scratch, pointwise, 0, n);
        double[] local = new double[n * fields];
        for (int p = 0; p < n; p++) {
            for (int k = 0; k < fields; k++) {
                local[k * n + p] = pointwise[p * fields + k];
            }
        }
        double[] smeared = new double[local.length];
        kernel.apply(local, smeared, fields);
        double norm = norm(local, null);
        return new VelocityComparison(norm(measured, local) / norm, norm(measured, smeared) / norm,
                norm(smeared, local) / norm, norm / Math.sqrt(local.length));
    }

    private static double norm(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double d = b == null ? a[i] : a[i] - b[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
