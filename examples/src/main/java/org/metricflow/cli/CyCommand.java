package org.metricflow.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code metricflow cy}: Calabi–Yau metrics on hypersurfaces from a global Kähler potential. */
@Command(name = "cy", mixinStandardHelpOptions = true,
        description = {"Calabi-Yau metrics on hypersurfaces from Donaldson's potential K = ln(s^+ H s)/(k pi): "
                + "balanced metrics (T-operator), the Monge-Ampere potential flow on H, a Dwork-family scan, and "
                + "evaluation of a saved metric. See docs/cy-metrics.md."},
        subcommands = {CyBalancedCommand.class, CyTrainCommand.class, CyScanCommand.class, CyEvalCommand.class})
final class CyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
