package org.metricflow.flows.network;

/**
 * The velocity of the fields induced by an update of θ along the flow's descent direction D
 * ({@link NetworkFlow#direction}: ∇L for the plain update, the preconditioned one for the natural update), measured
 * directly on the network (not through the kernel formula): either the Jacobian–vector product −(∂f/∂θ)·D (the
 * η → 0 limit) or the finite update (f(θ − ηD) − f(θ))/η. Output field-major on the grid points: field k at point p in
 * {@code out[k·N + p]}. Not thread-safe.
 */
public final class InducedVelocity {

    private final NetworkFlow flow;
    private final double[] points;
    private final double[] gradient;
    private final double[] jets;
    private final double[] shifted;

    public InducedVelocity(NetworkFlow flow) {
        this.flow = flow;
        this.points = flow.points();
        this.gradient = new double[flow.stateDimension()];
        int size = flow.grid().points() * flow.definition().jets().size();
        this.jets = new double[size];
        this.shifted = new double[size];
    }

    /** −(∂f/∂θ)·D(θ) at the grid points. */
    public void tangent(double[] theta, double[] out) {
        flow.direction(theta, gradient);
        for (int i = 0; i < gradient.length; i++) {
            gradient[i] = -gradient[i];
        }
        flow.model().valuePushforward(theta, points, flow.grid().points(), gradient, out);
    }

    /** (f(θ − ηD) − f(θ))/η at the grid points, for a learning rate η &gt; 0. */
    public void finiteDifference(double[] theta, double eta, double[] out) {
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("learning rate eta must be > 0 and finite, got " + eta);
        }
        flow.direction(theta, gradient);
        double[] moved = theta.clone();
        for (int i = 0; i < moved.length; i++) {
            moved[i] -= eta * gradient[i];
        }
        flow.jets(theta, jets);
        flow.jets(moved, shifted);
        for (int i = 0; i < jets.length; i++) {
            shifted[i] -= jets[i];
        }
        values(shifted, 1 / eta, out);
    }

    /** The value slots of point-major jets, scaled, into field-major order. */
    private void values(double[] pointMajor, double scale, double[] out) {
        var space = flow.definition().jets();
        int fields = space.fields().size();
        int perField = space.perField();
        int jetSize = space.size();
        int n = flow.grid().points();
        for (int k = 0; k < fields; k++) {
            for (int p = 0; p < n; p++) {
                out[k * n + p] = scale * pointMajor[p * jetSize + k * perField];
            }
        }
    }
}
