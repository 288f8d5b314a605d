package org.metricflow.flows.network;

import org.metricflow.flows.JetBinding;
import org.metricflow.flows.kernel.PeriodicGaussian;

/**
 * Compares the velocity a network flow induces (measured with {@link InducedVelocity#tangent}) with the local-flow
 * prediction of its loss and update, v = −δL/δf (plain, eq. (2.14) with Ω̄ = 1) or v = −K δL/δf (natural, see
 * {@link NetworkFlow#precondition}; δL/δf computed by {@link EulerLagrange} from the network's own
 * analytic jets at the grid points), with that velocity smeared by the normalised periodic Gaussian G_σ (eq. (2.12)),
 * and with the velocity of the flow's {@link org.metricflow.flows.FlowDefinition} (e.g. Perelman's
 * −2(R_ij + ∇_i∇_jφ)), which the network flow realises only if the local prediction equals it. The network's NTK must be
 * normalised so that its σ → 0 limit is δ(x − x') (Ω̄ = 1, eqs. (2.29), (2.36)). Not thread-safe.
 */
public final class LocalityCheck {

    private final NetworkFlow flow;
    private final InducedVelocity induced;
    private final PeriodicGaussian kernel;
    private final JetBinding velocity;
    private final EulerLagrange eulerLagrange;
    private final double[] jets;
    private final double[] scratch;
    private final double[] pointwise;

    /** @param sigma width of the Gaussian the network's NTK approximates */
    public LocalityCheck(NetworkFlow flow, double sigma) {
        this.flow = flow;
        this.induced = new InducedVelocity(flow);
        this.kernel = new PeriodicGaussian(flow.grid(), sigma);
        this.velocity = new JetBinding(flow.definition().velocity(), flow.definition().jets());
        this.eulerLagrange = new EulerLagrange(flow.lossFunction(), flow.definition().jets(), flow.grid());
        int n = flow.grid().points();
        this.jets = new double[n * flow.definition().jets().size()];
        this.scratch = new double[velocity.scratchSize(n)];
        this.pointwise = new double[n * velocity.function().outputs()];
    }

    /**
     * The three distances at parameters θ.
     *
     * @throws IllegalArgumentException when the local velocity vanishes (e.g. at the flat metric): the relative
     *                                  distances are then undefined
     */
    public VelocityComparison compare(double[] theta) {
        int n = flow.grid().points();
        int fields = flow.definition().jets().fields().size();
        double[] measured = new double[n * fields];
        induced.tangent(theta, measured);
        flow.jets(theta, jets);
        velocity.evaluate(jets, scratch, pointwise, 0, n);
        double[] prescribed = new double[n * fields];
        for (int p = 0; p < n; p++) {
            for (int k = 0; k < fields; k++) {
                prescribed[k * n + p] = pointwise[p * fields + k];
            }
        }
        double[] local = new double[n * fields];
        eulerLagrange.derivative(jets, local);
        flow.precondition(jets, local);
        for (int i = 0; i < local.length; i++) {
            local[i] = -local[i];
        }
        double[] smeared = new double[local.length];
        kernel.apply(local, smeared, fields);
        double norm = norm(local, null);
        if (!(norm > 0)) {
            throw new IllegalArgumentException("the local velocity of flow '" + flow.definition().name()
                    + "' is " + norm + " at these fields (a fixed point such as the flat metric): comparing velocities"
                    + " needs non-trivial initial fields");
        }
        return new VelocityComparison(norm(measured, local) / norm, norm(measured, smeared) / norm,
                norm(smeared, local) / norm, norm(measured, prescribed) / norm, norm(local, prescribed) / norm,
                norm / Math.sqrt(local.length));
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
