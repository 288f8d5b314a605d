package org.metricflow.cli;

import java.util.concurrent.Callable;
import org.metricflow.symbolic.functionals.NamedFlow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code metricflow derive flow NAME}: the paper's functionals and flows, with corrected conventions. */
@Command(name = "flow", mixinStandardHelpOptions = true,
        description = {"Derive a named flow: perelman (--dim = real dimension, default 3), kahler-ricci, calabi, "
                + "monge-ampere-ultralocal, monge-ampere-2deriv (--dim = complex dimension, default 1).",
                "Components are printed in jet variables: g12$d1 = d_1 g_12, phi$d12 = d_1 d_2 phi "
                        + "(1-based coordinate indices; $ stands for JetSpace's _)."})
final class DeriveFlowCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Mixin
    FormatOption format;

    @Parameters(index = "0", paramLabel = "NAME", description = "perelman, kahler-ricci, calabi, "
            + "monge-ampere-ultralocal or monge-ampere-2deriv.")
    String name;

    @Option(names = "--dim", paramLabel = "N", description = "Dimension (see above).")
    Integer dim;

    @Override
    public Integer call() {
        NamedFlow flow = NamedFlow.byName(name);
        int n = dim == null ? flow.defaultDimension() : dim;
        int max = flow == NamedFlow.PERELMAN ? 4 : 2;
        if (n < 1 || n > max) {
            throw new IllegalArgumentException("--dim for " + flow.cliName() + " must be in 1.." + max + ", got " + n
                    + (flow == NamedFlow.PERELMAN ? "" : " (complex dimension)"));
        }
        new DerivationPrinter(true).print(flow.derive(n), format.format(), common);
        return 0;
    }
}
