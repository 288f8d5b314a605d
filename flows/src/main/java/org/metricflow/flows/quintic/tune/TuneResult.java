package org.metricflow.flows.quintic.tune;

import java.util.List;

/**
 * Outcome of a {@link HyperparameterSearch}.
 *
 * @param parameters the searched parameters
 * @param trials     every run, in the order CMA-ES asked for them
 * @param best       the completed trial with the largest validation gain (the start point if none completed)
 */
public record TuneResult(List<TunedParameter> parameters, List<Trial> trials, Trial best) {

    public TuneResult {
        parameters = List.copyOf(parameters);
        trials = List.copyOf(trials);
    }

    /** Number of failed runs. */
    public long failures() {
        return trials.stream().filter(t -> !t.completed()).count();
    }
}
