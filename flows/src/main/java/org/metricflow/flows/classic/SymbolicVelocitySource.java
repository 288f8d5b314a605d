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
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The registered {@link VelocitySource}: velocities, densities and losses derived by the symbolic layer
 * ({@link RiemannianGeometry} of the general metric g_ij = {@code gij(x, y, z)} with the dilaton {@code phi(x, y, z)},
 * unexpanded — the code generator shares the common subexpressions), converted to jet variables
 * ({@link JetVariables#toJet}) and compiled ({@link Codegen}, {@link LocalDensity}):
 * <ul>
 *   <li>Ricci (2.39): ∂_t g_ij = −2R_ij; monitored density √det g.</li>
 *   <li>Perelman (2.40): ∂_t g_ij = −2(R_ij + ∇_i∇_jφ), ∂_tφ = −R − Δφ; monitored density
 *       (R + |∇φ|²)e^{−φ}√det g (∫ = F, (2.41)); loss (2.42) l = −(R + |∇φ|²)e^{−φ}√det g (Ω̄ = 1) with its jet
 *       gradient, derived on first use (about a minute on T³).</li>
 * </ul>
 * and the Kähler potential flows on C/Λ and C²/Λ ({@link KahlerPotentialFlows}: Kähler–Ricci (B.4), Calabi with the
 * corrected sign of (B.8)–(B.9), Monge–Ampère with the corrected sign of (B.21)); monitored density det g_{ab̄}
 * (= √det of the real metric). Each flow is derived once per dimension and kept for the JVM; derivation and
 * compilation run on the calling thread.
 */
public final class SymbolicVelocitySource implements VelocitySource {

    private static final List<String> COORDINATES = List.of("x", "y", "z");
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

    /** The symbolic pieces of one real flow on T^d. */
    private record Derivation(JetSpace jets, Chart chart, RiemannianGeometry geometry, Sym phi) {

        static Derivation of(ClassicalFlow flow, int d) {
            Chart chart = Chart.of(COORDINATES.subList(0, d).toArray(String[]::new));
            return new Derivation(flow.jets(d), chart,
                    new RiemannianGeometry(Metric.general(chart), Simplification.NONE), chart.field("phi"));
        }

        /** (R + |∇φ|²) e^{−φ} √det g. */
        Sym perelmanDensity() {
            return geometry.scalar().plus(geometry.gradientNormSquared(phi)).times(phi.negate().exp())
                    .times(geometry.volumeDensity());
        }

        Sym toJet(Sym e) {
            return JetVariables.toJet(e, chart.coordinates(), jets.fields());
        }

        CompiledFunction compile(List<Sym> exprs, List<String> names) {
            return Codegen.compile(exprs.stream().map(this::toJet).toList(), names, Variables.of(jets, List.of()));
        }
    }

    private static GeneratedFlow derive(ClassicalFlow flow, int d) {
        Derivation s = Derivation.of(flow, d);
        SymmetricMatrix ricci = s.geometry().ricci();
        SymmetricMatrix hessian = flow == ClassicalFlow.PERELMAN ? s.geometry().hessian(s.phi()) : null;
        List<Sym> velocity = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                Sym tensor = hessian == null ? ricci.get(i, j) : ricci.get(i, j).plus(hessian.get(i, j));
                velocity.add(tensor.times(-2));
            }
        }
        List<String> names = s.jets().fields().stream().map(f -> f + "_t").toList();
        if (flow == ClassicalFlow.RICCI) {
            return new GeneratedFlow(s.compile(velocity, names),
                    Optional.of(s.compile(List.of(s.geometry().volumeDensity()), List.of("sqrt_det_g"))),
                    Optional.empty());
        }
        velocity.add(s.geometry().scalar().plus(s.geometry().laplacian(s.phi())).negate());
        return new GeneratedFlow(s.compile(velocity, names),
                Optional.of(s.compile(List.of(s.perelmanDensity()), List.of("F_density"))),
                Optional.of(perelmanLoss(flow, d)));
    }

    /** l = −(R + |∇φ|²)e^{−φ}√det g and its jet gradient, derived on first evaluation. */
    private static CompiledFunction perelmanLoss(ClassicalFlow flow, int d) {
        JetSpace jets = flow.jets(d);
        List<String> outputs = new ArrayList<>(List.of("L"));
        jets.variableNames().forEach(v -> outputs.add("dL_d" + v));
        return new LazyFunction(jets.variableNames(), outputs, () -> {
            Derivation s = Derivation.of(flow, d);
            return LocalDensity.compile(s.toJet(s.perelmanDensity().negate()), jets, List.of()).valueAndGradient();
        });
    }
}
