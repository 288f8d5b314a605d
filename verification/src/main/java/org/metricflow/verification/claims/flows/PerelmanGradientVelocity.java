package org.metricflow.verification.claims.flows;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.symbolic.functionals.NamedFlow;
import org.metricflow.symbolic.cas.JetVariables;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.codegen.Codegen;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * What gradient descent on the loss (2.42), l = −(R + |∇φ|²)e^{−φ}√det g, with one network per independent field
 * and NTK δ_pq δ(x − x') (Ω̄ = 1) actually does: v_p = −δL/δf_p = δF/δf_p, from Perelman's first variation
 * δF = ∫[−δg_ij(R^{ij} + ∇^i∇^jφ) + (½g^{ij}δg_ij − δφ)(2Δφ − |∇φ|² + R)] e^{−φ}dV:
 * <ul>
 *   <li>∂_t g_ij = (2 − δ_ij) e^{−φ}√g [−(R^{ij} + ∇^i∇^jφ) + ½ g^{ij}(2Δφ − |∇φ|² + R)] (indices up; the factor 2
 *       for i &lt; j because g_ij and g_ji are one network);</li>
 *   <li>∂_tφ = δF/δφ = e^{−φ}√g (−R − 2Δφ + |∇φ|²).</li>
 * </ul>
 * Compiled from the symbolic layer's geometry (an independent reference for the numerical Euler–Lagrange operator of
 * {@code flows.network.EulerLagrange} applied to the generated loss).
 */
final class PerelmanGradientVelocity {

    private PerelmanGradientVelocity() {
    }

    /**
     * The velocity on T^d, inputs the jet variables of {@code NamedFlow.PERELMAN.jets(d)}.
     *
     * @param offDiagonal the factor of the i &lt; j metric components: 2 (one network for g_ij and g_ji); 1 is the
     *                    planted error of {@code flows.ricci-local-nn-flow}
     */
    static CompiledFunction compile(int d, int offDiagonal) {
        JetSpace jets = NamedFlow.PERELMAN.jets(d);
        Chart chart = Chart.of(List.of("x", "y", "z").subList(0, d).toArray(String[]::new));
        RiemannianGeometry g = new RiemannianGeometry(Metric.general(chart), Simplification.NONE);
        Sym phi = chart.field("phi");
        SymmetricMatrix upper = g.raise(SymmetricMatrix.of(d, (i, j) -> g.ricci().get(i, j)
                .plus(g.hessian(phi).get(i, j))));
        Sym trace = g.laplacian(phi).times(2).plus(g.gradientNormSquared(phi).negate()).plus(g.scalar());
        Sym weight = phi.negate().exp().times(g.volumeDensity());
        List<Sym> velocity = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                Sym v = upper.get(i, j).negate().plus(g.inverse().get(i, j).times(trace).times(Sym.rational(1, 2)));
                velocity.add(weight.times(v).times(i == j ? 1 : offDiagonal));
            }
        }
        velocity.add(weight.times(g.scalar().negate().plus(g.laplacian(phi).times(-2))
                .plus(g.gradientNormSquared(phi))));
        List<Sym> jetForm = velocity.stream().map(e -> JetVariables.toJet(e, chart.coordinates(), jets.fields()))
                .toList();
        return Codegen.compile(jetForm, jets.fields().stream().map(f -> f + "_t").toList(),
                Variables.of(jets, List.of()));
    }
}
