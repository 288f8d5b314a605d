package org.metricflow.flows.classic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.codegen.Codegen;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.codegen.LocalDensity;
import org.metricflow.symbolic.functionals.GeometricFlow;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.symbolic.functionals.NaturalKernel;
import org.metricflow.symbolic.functionals.TorusVelocity;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The {@link VelocitySource} of {@link ClassicalFlows#load()}: compiles ({@link Codegen}, {@link LocalDensity}) what
 * the symbolic catalogue derives — each flow's torus velocity and monitored density
 * ({@link NamedFlow#torusVelocity(int)}) and, for Perelman, the loss (2.42) l = −(R + |∇φ|²)e^{−φ}√det g (Ω̄ = 1) of
 * {@link GeometricFlow#perelman} with its jet gradient, derived on first use (about a minute on T³), and the natural
 * kernel K ({@link NaturalKernel}) with −K·δL/δf = (2.40). Each flow is derived once per dimension and kept for the
 * JVM; derivation and compilation run on the calling thread.
 */
public final class SymbolicVelocitySource implements VelocitySource {

    private static final Map<String, GeneratedFlow> CACHE = new ConcurrentHashMap<>();

    @Override
    public Optional<GeneratedFlow> generate(NamedFlow flow, int dimension) {
        flow.checkDimension(dimension);
        return Optional.of(CACHE.computeIfAbsent(flow.id() + "/" + dimension,
                k -> derive(flow, dimension)));
    }

    private static CompiledFunction compile(JetSpace jets, List<Sym> jetExprs, List<String> names) {
        return Codegen.compile(jetExprs, names, Variables.of(jets, List.of()));
    }

    private static GeneratedFlow derive(NamedFlow flow, int d) {
        TorusVelocity s = flow.torusVelocity(d);
        JetSpace jets = s.jets();
        CompiledFunction velocity = compile(jets, s.velocity(), s.velocityNames());
        CompiledFunction density = compile(jets, List.of(s.density()), List.of(s.densityName()));
        boolean perelman = flow == NamedFlow.PERELMAN;
        return new GeneratedFlow(velocity, Optional.of(density),
                perelman ? Optional.of(perelmanLoss(flow, d)) : Optional.empty(),
                perelman ? Optional.of(naturalKernel(d, NaturalKernel.Form.NATURAL)) : Optional.empty());
    }

    /**
     * A kernel of {@link NaturalKernel} on Perelman's fields on T^d compiled to the contract of
     * {@link GeneratedFlow#kernel()} (inputs: the values of g_ij and φ; outputs {@code K_<row>_<col>}).
     */
    public static CompiledFunction naturalKernel(int d, NaturalKernel.Form form) {
        JetSpace jets = NamedFlow.PERELMAN.jets(d);
        NaturalKernel k = NaturalKernel.of(d, form, Simplification.NONE);
        List<Sym> coordinates = k.chartCoordinates();
        List<Sym> entries = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int r = 0; r < k.size(); r++) {
            for (int c = 0; c < k.size(); c++) {
                entries.add(JetVariables.toJet(k.get(r, c), coordinates, jets.fields()));
                names.add("K_" + k.fields().get(r) + "_" + k.fields().get(c));
            }
        }
        return compile(jets, entries, names);
    }

    /** l = −(R + |∇φ|²)e^{−φ}√det g and its jet gradient, derived on first evaluation. */
    private static CompiledFunction perelmanLoss(NamedFlow flow, int d) {
        JetSpace jets = flow.jets(d);
        List<String> outputs = new ArrayList<>(List.of("L"));
        jets.variableNames().forEach(v -> outputs.add("dL_d" + v));
        return new LazyFunction(jets.variableNames(), outputs, () -> {
            GeometricFlow s = GeometricFlow.perelman(d);
            return LocalDensity.compile(s.toJet(s.density().negate()), jets, List.of()).valueAndGradient();
        });
    }
}
