package org.metricflow.flows.network;

import org.metricflow.flows.Flow;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * Gradient descent on the parameters of a {@link ParametricMetric}, paper eqs. (2.2)–(2.4): the state is θ,
 * dθ/dt = −∂L/∂θ with L(θ) = Σ_x h^d l(jet of the fields at x) over the grid points (see
 * {@link org.metricflow.flows.network}) — the <em>plain</em> update — or, with a {@link PointwiseKernel} K, the
 * <em>natural</em> update dθ/dt = −Σ_x h^d J(x)ᵀ K(x) δL/δf(x): the functional gradient (spectral
 * {@link EulerLagrange}) preconditioned pointwise by K before the vector–Jacobian product with the Jacobian J of the
 * field values (docs/ricci-nn-flow.md). In the local limit (NTK → δ) the fields then move along −K δL/δf. The {@link FlowDefinition} is the local flow the network flow should
 * realise: it supplies the metric readout (guards, volume), the monitored density and, for comparisons, the local
 * velocity. Not thread-safe (owns buffers).
 */
public final class NetworkFlow implements Flow {

    private final ParametricMetric model;
    private final FlowDefinition definition;
    private final JetLoss loss;
    private final CompiledFunction lossFunction;
    private final TorusGrid grid;
    private final double[] points;
    private final double[] jets;
    private final double[] cotangent;
    private final PointwiseKernel kernel;
    private final EulerLagrange eulerLagrange;
    private final double[] functional;

    /**
     * @param model      the network (its jet space must equal the definition's)
     * @param definition the local flow the network flow is compared with
     * @param loss       generated loss density and its jet gradient (see {@link JetLoss})
     * @param grid       the batch: all grid points, weight h^d each
     */
    public NetworkFlow(ParametricMetric model, FlowDefinition definition, CompiledFunction loss, TorusGrid grid) {
        this(model, definition, loss, grid, null);
    }

    /**
     * The natural update preconditioned by {@code kernel} (see the class comment).
     *
     * @param kernel generated pointwise kernel on the definition's fields (contract of {@link PointwiseKernel}), or
     *               null for the plain update
     */
    public NetworkFlow(ParametricMetric model, FlowDefinition definition, CompiledFunction loss, TorusGrid grid,
                       CompiledFunction kernel) {
        if (!model.jets().equals(definition.jets())) {
            throw new IllegalArgumentException("the network provides jets " + model.jets() + " but flow '"
                    + definition.name() + "' needs " + definition.jets());
        }
        if (grid.dimension() != definition.jets().dimension()) {
            throw new IllegalArgumentException("flow '" + definition.name() + "' lives on T^"
                    + definition.jets().dimension() + ", the grid is " + grid);
        }
        this.model = model;
        this.definition = definition;
        this.loss = new JetLoss(loss, definition.jets());
        this.lossFunction = loss;
        this.grid = grid;
        int n = grid.points();
        int d = grid.dimension();
        this.points = new double[n * d];
        double[] x = new double[d];
        for (int p = 0; p < n; p++) {
            grid.coordinates(p, x);
            System.arraycopy(x, 0, points, p * d, d);
        }
        this.jets = new double[n * definition.jets().size()];
        this.cotangent = new double[jets.length];
        this.kernel = kernel == null ? null : new PointwiseKernel(kernel, definition.jets());
        this.eulerLagrange = kernel == null ? null : new EulerLagrange(loss, definition.jets(), grid);
        this.functional = kernel == null ? null : new double[n * definition.jets().fields().size()];
    }

    /** Whether the update is the natural (kernel-preconditioned) one. */
    public boolean natural() {
        return kernel != null;
    }

    /**
     * Applies the update's pointwise preconditioner to a field-major vector u at the grid points (K u for the natural
     * update, u unchanged for the plain one): the local-flow prediction of the update is −(this)(δL/δf).
     *
     * @param fieldJets point-major jets of the fields at the grid points (not modified)
     */
    public void precondition(double[] fieldJets, double[] u) {
        if (kernel != null) {
            kernel.apply(fieldJets, u, grid.points());
        }
    }

    public ParametricMetric model() {
        return model;
    }

    /** The generated loss density and its jet gradient. */
    public CompiledFunction lossFunction() {
        return lossFunction;
    }

    @Override
    public FlowDefinition definition() {
        return definition;
    }

    @Override
    public TorusGrid grid() {
        return grid;
    }

    @Override
    public int stateDimension() {
        return model.parameterCount();
    }

    /** L(θ) = Σ_x h^d l(x). */
    public double loss(double[] theta) {
        model.jets(theta, points, grid.points(), jets);
        return loss.evaluate(jets, grid.points(), grid.cellVolume(), cotangent);
    }

    /** Writes ∂L/∂θ (chain rule through the jets) to {@code out}; returns L(θ). */
    public double gradient(double[] theta, double[] out) {
        double value = loss(theta);
        model.pullback(theta, points, grid.points(), cotangent, out);
        return value;
    }

    /**
     * Writes the descent direction of the update to {@code out} (dθ/dt = −out): ∂L/∂θ for the plain update,
     * Σ_x h^d J(x)ᵀ K(x) δL/δf(x) for the natural one; returns L(θ).
     */
    public double direction(double[] theta, double[] out) {
        if (kernel == null) {
            return gradient(theta, out);
        }
        int n = grid.points();
        model.jets(theta, points, n, jets);
        double value = loss.evaluate(jets, n, grid.cellVolume(), cotangent);
        eulerLagrange.derivative(jets, functional);
        kernel.apply(jets, functional, n);
        double w = grid.cellVolume();
        for (int i = 0; i < functional.length; i++) {
            functional[i] *= w;
        }
        model.valuePullback(theta, points, n, functional, out);
        return value;
    }

    @Override
    public void velocity(double t, double[] state, double[] out) {
        direction(state, out);
        for (int i = 0; i < out.length; i++) {
            out[i] = -out[i];
        }
    }

    @Override
    public void jets(double[] state, double[] out) {
        model.jets(state, points, grid.points(), out);
    }

    /** Grid point coordinates, {@code [p·d + a]} (a copy). */
    public double[] points() {
        return points.clone();
    }

    @Override
    public String describe() {
        return "network(" + model.parameterCount() + " parameters, " + (natural() ? "natural" : "plain")
                + " update) " + Flow.super.describe();
    }
}
