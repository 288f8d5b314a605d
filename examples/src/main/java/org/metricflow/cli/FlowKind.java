package org.metricflow.cli;

import java.util.Arrays;
import java.util.List;

/**
 * The torus flows of {@code metricflow flow}: the local flows whose velocities come from generated code, the kernel
 * flow (a local flow smeared by a Gaussian, eqs. (2.12), (2.30)) and the network flow (gradient descent on cosine
 * networks, loss (2.42)).
 */
enum FlowKind {
    RICCI("ricci"), PERELMAN("perelman"), KAHLER_RICCI("kahler-ricci"), CALABI("calabi"),
    MONGE_AMPERE("monge-ampere"), KERNEL("kernel"), NETWORK("network");

    private final String id;

    FlowKind(String id) {
        this.id = id;
    }

    /** The name on the command line. */
    String id() {
        return id;
    }

    /** Whether the flow realises another flow ({@code --of}): kernel and network flows. */
    boolean smeared() {
        return this == KERNEL || this == NETWORK;
    }

    /** The flow named {@code id}, or an exception listing the names. */
    static FlowKind parse(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown flow '" + id + "'; choose one of " + ids()
                        + " or the subcommand quintic"));
    }

    /** All names, in order. */
    static List<String> ids() {
        return Arrays.stream(values()).map(FlowKind::id).toList();
    }
}
