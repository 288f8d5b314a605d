package org.metricflow.flows.local;

import org.metricflow.flows.Flow;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.JetBinding;
import org.metricflow.flows.grid.SpectralJets;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.numeric.Parallel;

/**
 * A local flow on a torus grid, eq. (2.14): the state is the field values, field-major (field k at point p in
 * {@code y[k·N + p]}); its velocity is the generated velocity of the {@link FlowDefinition} evaluated on the
 * spectral jets at every grid point. Not thread-safe (owns its buffers); internally multithreaded.
 */
public final class LocalFlow implements Flow {

    private final FlowDefinition definition;
    private final TorusGrid grid;
    private final SpectralJets spectral;
    private final JetBinding binding;
    private final int workers;
    private final int fields;
    private final int points;
    private final double[] jets;
    private final double[] scratch;
    private final double[] pointwise;

    /** A local flow with {@link Parallel#defaultThreads()} workers. */
    public LocalFlow(FlowDefinition definition, TorusGrid grid) {
        this(definition, grid, Parallel.defaultThreads());
    }

    /**
     * @param definition fields, jets and generated velocity (its dimension must equal the grid's)
     * @param grid       the torus grid
     * @param workers    worker threads for jets and velocity evaluation, 1..256
     */
    public LocalFlow(FlowDefinition definition, TorusGrid grid, int workers) {
        this.definition = definition;
        this.grid = grid;
        this.spectral = new SpectralJets(grid, definition.jets(), workers);
        this.binding = new JetBinding(definition.velocity(), definition.jets());
        this.workers = Parallel.check(workers);
        this.fields = definition.jets().fields().size();
        this.points = grid.points();
        this.jets = new double[points * definition.jets().size()];
        this.scratch = new double[binding.scratchSize(points)];
        this.pointwise = new double[points * fields];
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
        return fields * points;
    }

    @Override
    public void velocity(double t, double[] state, double[] out) {
        spectral.jets(state, jets);
        Parallel.run(workers, w -> {
            int from = Parallel.from(points, workers, w);
            int to = Parallel.from(points, workers, w + 1);
            binding.evaluate(jets, scratch, pointwise, from, to);
            for (int p = from; p < to; p++) {
                for (int k = 0; k < fields; k++) {
                    out[k * points + p] = pointwise[p * fields + k];
                }
            }
        });
    }

    @Override
    public void jets(double[] state, double[] out) {
        spectral.jets(state, out);
    }

    @Override
    public String describe() {
        return "local " + Flow.super.describe();
    }
}
