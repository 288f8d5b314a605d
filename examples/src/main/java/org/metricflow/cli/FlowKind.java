package org.metricflow.cli;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.symbolic.functionals.NamedFlow;

/**
 * The kinds of torus flow of {@code metricflow flow}: a local flow of the catalogue ({@link NamedFlow}, velocity from
 * generated code), the kernel flow (a local flow smeared by a Gaussian, eqs. (2.12), (2.30)) and the network flow
 * (gradient descent on cosine networks, loss (2.42)).
 */
enum FlowKind {
    LOCAL, KERNEL, NETWORK;

    /** Whether the flow realises another flow ({@code --of}): kernel and network flows. */
    boolean smeared() {
        return this != LOCAL;
    }

    /** The kind of the flow named {@code name}, or an exception listing the names. */
    static FlowKind parse(String name) {
        switch (name) {
            case "kernel":
                return KERNEL;
            case "network":
                return NETWORK;
            default:
                if (NamedFlow.names().contains(name)) {
                    return LOCAL;
                }
                throw new IllegalArgumentException("unknown flow '" + name + "'; choose one of " + ids()
                        + " or the subcommand quintic");
        }
    }

    /** All names: the catalogue's, then kernel and network. */
    static List<String> ids() {
        List<String> ids = new ArrayList<>(NamedFlow.names());
        ids.add("kernel");
        ids.add("network");
        return ids;
    }
}
