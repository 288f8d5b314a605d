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
import org.metricflow.symbolic.functionals.NaturalKernel;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The {@link VelocitySource} of {@link ClassicalFlows#load()}: velocities, densities and losses derived by the symbolic layer
 * ({@link GeometricFlow}: the general metric g_ij = {@code gij(x, y, z)} with the dilaton {@code phi(x, y, z)},
 * unexpanded — the code generator shares the common subexpressions), converted to jet variables
 * ({@link JetVariables#toJet}) and compiled ({@link Codegen}, {@link LocalDensity}):
 * <ul>
 *   <li>Ricci (2.39): ∂_t g_ij = −2R_ij; monitored density √det g.</li>
 *   <li>Perelman (2.40): ∂_t g_ij = −2(R_ij + ∇_i∇_jφ), ∂_tφ = −R − Δφ; monitored density
 *       (R + |∇φ|²)e^{−φ}√det g (∫ = F, (2.41)); loss (2.42) l = −(R + |∇φ|²)e^{−φ}√det g (Ω̄ = 1) with its jet
 *       gradient, derived on first use (about a minute on T³); the natural kernel K ({@link NaturalKernel}) with
 *       −K·δL/δf = (2.40).</li>
 * </ul>
 * and the Kähler potential flows on C/Λ and C²/Λ ({@link KahlerPotentialFlows}: Kähler–Ricci (B.4), Calabi with the
 * corrected sign of (B.8)–(B.9), Monge–Ampère with the corrected sign of (B.21)); monitored density det g_{ab̄}
 * (= √det of the real metric). Each flow is derived once per dimension and kept for the JVM; derivation and
 * compilation run on the calling thread.
 */
public final class SymbolicVelocitySource implements VelocitySource {

    private static final Map<String, GeneratedFlow> CACHE = new ConcurrentHashMap<>();

    @Override
    public Optional<GeneratedFlow> generate(ClassicalFlow flow, int dimension) {
        flow.checkDimension(dimension);
        return Optional.of(CACHE.computeIfAbsent(flow.id() + "/" + dimension,
                k -> flow.kahler() ? deriveKahler(flow, dimension) : derive(flow, dimension)));
    }

    private static GeneratedFlow deriveKahler(ClassicalFlow flow, int d) {
        KahlerPotentialFlows k = new KahlerPotentialFlows(d / 2);
        JetSpace jets = flow.jets(d);
        Variables variables = Variables.of(jets, List.of());
        List<Sym> coordinates = k.chart().coordinates();
        return new GeneratedFlow(
                Codegen.compile(List.of(JetVariables.toJet(k.velocity(flow), coordinates, jets.fields())),
                        List.of("phi_t"), variables),
                Optional.of(Codegen.compile(List.of(JetVariables.toJet(k.determinant(), coordinates, jets.fields())),
                        List.of("det_g"), variables)),
                Optional.empty());
    }

    private static GeometricFlow symbolic(ClassicalFlow flow, int d) {
        return flow == ClassicalFlow.PERELMAN ? GeometricFlow.perelman(d) : GeometricFlow.ricci(d);
    }

    private static CompiledFunction compile(JetSpace jets, List<Sym> jetExprs, List<String> names) {
        return Codegen.compile(jetExprs, names, Variables.of(jets, List.of()));
    }

    private static GeneratedFlow derive(ClassicalFlow flow, int d) {
        GeometricFlow s = symbolic(flow, d);
        JetSpace jets = flow.jets(d);
        CompiledFunction velocity = compile(jets, s.velocityJets(), s.velocityNames());
        CompiledFunction density = compile(jets, List.of(s.toJet(s.density())), List.of(s.densityName()));
        boolean perelman = flow == ClassicalFlow.PERELMAN;
        return new GeneratedFlow(velocity, Optional.of(density),
                perelman ? Optional.of(perelmanLoss(flow, d)) : Optional.empty(),
                perelman ? Optional.of(naturalKernel(d, NaturalKernel.Form.NATURAL)) : Optional.empty());
    }

    /**
     * A kernel of {@link NaturalKernel} on Perelman's fields on T^d compiled to the contract of
     * {@link GeneratedFlow#kernel()} (inputs: the values of g_ij and φ; outputs {@code K_<row>_<col>}).
     */
    public static CompiledFunction naturalKernel(int d, NaturalKernel.Form form) {
        JetSpace jets = ClassicalFlow.PERELMAN.jets(d);
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
    private static CompiledFunction perelmanLoss(ClassicalFlow flow, int d) {
        JetSpace jets = flow.jets(d);
        List<String> outputs = new ArrayList<>(List.of("L"));
        jets.variableNames().forEach(v -> outputs.add("dL_d" + v));
        return new LazyFunction(jets.variableNames(), outputs, () -> {
            GeometricFlow s = GeometricFlow.perelman(d);
            return LocalDensity.compile(s.toJet(s.density().negate()), jets, List.of()).valueAndGradient();
        });
    }
}
