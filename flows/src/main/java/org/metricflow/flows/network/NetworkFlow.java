package org.metricflow.flows.network;

import org.metricflow.flows.Flow;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.symbolic.codegen.CompiledFunction;

/**
 * Gradient descent on the parameters of a {@link ParametricMetric}, paper eqs. (2.2)–(2.4): the state is θ,
 * dθ/dt = −∂L/∂θ with L(θ) = Σ_x h^d l(jet of the fields at x) over the grid points (see
 * {@link org.metricflow.flows.network}). The {@link FlowDefinition} is the local flow the network flow should
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

    /**
     * @param model      the network (its jet space must equal the definition's)
     * @param definition the local flow the network flow is compared with
     * @param loss       generated loss density and its jet gradient (see {@link JetLoss})
     * @param grid       the batch: all grid points, weight h^d each
     */
    public NetworkFlow(ParametricMetric model, FlowDefinition definition, CompiledFunction loss, TorusGrid grid) {
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

    @Override
    public void velocity(double t, double[] state, double[] out) {
        gradient(state, out);
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
        return "network(" + model.parameterCount() + " parameters) " + Flow.super.describe();
    }
}
