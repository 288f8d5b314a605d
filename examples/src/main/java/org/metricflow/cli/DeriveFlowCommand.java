package org.metricflow.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.functionals.Component;
import org.metricflow.symbolic.functionals.Derivation;
import org.metricflow.symbolic.functionals.DerivedEquation;
import org.metricflow.symbolic.functionals.GeometricFlow;
import org.metricflow.symbolic.functionals.NamedFlow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code metricflow derive flow NAME}: the derivation of a flow of the catalogue ({@link NamedFlow}, the same names
 * and descriptions as {@code metricflow flow}) — for ricci and perelman the velocity of the general metric in jet
 * variables ({@link GeometricFlow}; perelman adds the gradients of F of eq. 2.41 and the local network flow 2.42),
 * for the Kähler flows of Appendix B every derived equation with the paper's number and corrected conventions.
 */
@Command(name = "flow", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Derive a flow in jet variables (g11_d12 = d^2 g11/dx dy, phi_d12 = d_1 d_2 phi; 1-based "
                + "coordinate indices).",
                "ricci, perelman: velocity of the general metric gij(x,y,z) (--dim = real dimension 1..3, default 2);"
                        + " perelman adds phi_t, the density F_density, the gradients of F (2.41) and what the "
                        + "local network flow (2.42) produces.",
                "Kahler flows: Appendix B for g = delta + ddbar phi on a flat torus (--dim = complex dimension 1..2, "
                        + "default 1), each equation labelled with the paper's number; the linear symbol M(k) decides "
                        + "stability.",
                "Example: metricflow derive flow calabi --format latex"})
final class DeriveFlowCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "NAME", description = "A flow of the catalogue (listed above).")
    String name;

    @Option(names = "--dim", paramLabel = "D", description = "Dimension: real 1..3 for ricci/perelman (default 2), "
            + "complex 1..2 for the Kahler flows (default 1).")
    Integer dim;

    @Option(names = "--format", paramLabel = "F", description = "text (Symja input form, default), latex or java"
            + " (generated source).")
    String format = "text";

    @Override
    public Integer call() {
        DerivedOutput.Format f = DerivedOutput.Format.parse(format, true);
        NamedFlow flow = NamedFlow.fromId(name);
        if (flow.kahler()) {
            printKahler(flow, f);
        } else {
            int d = dim == null ? flow.defaultDimension() : dim;
            printGeometric(flow == NamedFlow.PERELMAN ? GeometricFlow.perelman(d) : GeometricFlow.ricci(d),
                    flow == NamedFlow.PERELMAN ? flow.derive(d) : null, f);
        }
        return 0;
    }

    private void printGeometric(GeometricFlow flow, Derivation extra, DerivedOutput.Format f) {
        Map<String, Sym> velocity = new LinkedHashMap<>();
        List<Sym> jets = flow.velocityJets();
        for (int k = 0; k < jets.size(); k++) {
            velocity.put(flow.velocityNames().get(k), jets.get(k));
        }
        DerivedOutput out = new DerivedOutput(f, flow.jets()).group("velocity", velocity)
                .single(flow.densityName(), flow.toJet(flow.density()));
        if (extra != null) {
            for (DerivedEquation e : extra.equations()) {
                if (!e.id().equals("flow-velocity") && !e.id().equals("dilaton-velocity")) { // = velocity above
                    describe(out.group(e.id(), jetForms(extra, e)), e);
                }
            }
        }
        out.print(common, Variables.of(flow.jets(), List.of()));
    }

    private void printKahler(NamedFlow flow, DerivedOutput.Format f) {
        int n = dim == null ? flow.defaultDimension() : dim;
        if (n < 1 || n > 2) {
            throw new IllegalArgumentException("--dim for " + flow.id() + " is the complex dimension, 1..2; got "
                    + n);
        }
        Derivation d = flow.derive(n);
        List<Map<String, Sym>> forms = d.equations().stream().map(e -> jetForms(d, e)).toList();
        TreeSet<String> variables = new TreeSet<>();
        for (Map<String, Sym> m : forms) {
            m.values().forEach(s -> s.symbolNames().forEach(v -> variables.add(JetVariables.jetName(v))));
        }
        DerivedOutput out = new DerivedOutput(f, variables);
        for (int k = 0; k < forms.size(); k++) {
            describe(out.group(d.equations().get(k).id(), forms.get(k)), d.equations().get(k));
        }
        out.describe("conventions", String.join("; ", d.conventions()));
        out.print(common, Variables.of(variables));
    }

    /** The components of {@code e} in jet variables, lhs → value (each converted once). */
    private static Map<String, Sym> jetForms(Derivation d, DerivedEquation e) {
        Map<String, Sym> entries = new LinkedHashMap<>();
        for (Component c : e.components()) {
            entries.put(c.lhs(), d.jet(c).expression());
        }
        return entries;
    }

    private static void describe(DerivedOutput out, DerivedEquation e) {
        out.describe(e.id(), (e.paperEquation().isEmpty() ? "" : "eq. " + e.paperEquation() + ": ") + e.statement());
    }
}
