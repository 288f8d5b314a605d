package org.metricflow.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.metricflow.flows.Flow;
import org.metricflow.flows.FlowDefinition;
import org.metricflow.flows.grid.TorusGrid;

/**
 * A flow whose checkpoint fingerprint also records the command-line options that define the run but are not part
 * of the flow object ({@code --init}, {@code --seed}, …), so that resuming with different options is refused naming
 * the option. Everything else is delegated.
 *
 * @param flow    the flow that runs
 * @param options option name (without dashes) → value, in the order they are reported
 */
record LabelledFlow(Flow flow, Map<String, String> options) implements Flow {

    @Override
    public FlowDefinition definition() {
        return flow.definition();
    }

    @Override
    public TorusGrid grid() {
        return flow.grid();
    }

    @Override
    public int stateDimension() {
        return flow.stateDimension();
    }

    @Override
    public void velocity(double t, double[] state, double[] out) {
        flow.velocity(t, state, out);
    }

    @Override
    public void jets(double[] state, double[] out) {
        flow.jets(state, out);
    }

    @Override
    public String describe() {
        StringBuilder sb = new StringBuilder();
        options.forEach((k, v) -> sb.append(k).append('=').append(v.replace(" ", "")).append(' '));
        return sb + flow.describe();
    }

    /**
     * The key=value tokens in which two fingerprints differ, as "key: 'old' here 'new'" phrases (the option
     * names of this class first, in fingerprint order); empty when they differ otherwise.
     */
    static List<String> differences(String checkpoint, String run) {
        Map<String, String> a = pairs(checkpoint);
        Map<String, String> b = pairs(run);
        List<String> out = new ArrayList<>();
        b.forEach((k, v) -> {
            String old = a.get(k);
            if (old != null && !old.equals(v)) {
                out.add(k + " '" + old + "' (checkpoint) vs '" + v + "' (this run)");
            }
        });
        return out;
    }

    private static Map<String, String> pairs(String fingerprint) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String token : fingerprint.split("\\s+")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                m.putIfAbsent(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        return m;
    }
}
