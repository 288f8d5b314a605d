package org.metricflow.flows.quintic.study;

import java.util.List;
import java.util.Objects;
import org.metricflow.flows.quintic.QuinticFlowResult;

/**
 * Result of the {@link NoiseStudy}.
 *
 * @param flow the training run (its test set is the union of all noised copies)
 * @param rows one row per mode and noise level, ambient rows first, noise ascending
 */
public record NoiseStudyResult(QuinticFlowResult flow, List<NoiseRow> rows) {

    public NoiseStudyResult {
        Objects.requireNonNull(flow, "flow");
        rows = List.copyOf(rows);
    }

    /** The rows of one mode, noise ascending. */
    public List<NoiseRow> rows(NoiseMode mode) {
        return rows.stream().filter(r -> r.mode() == mode).toList();
    }
}
