package org.metricflow.examples;

import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.GeometricFlow;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.geometry.RiemannianGeometry;

/**
 * Derives the scalar curvature of the 2D conformal metric e^{2u}δ (expected −2e^{−2u}Δu) and prints the Perelman flow
 * velocities −2(R_ij + ∇_i∇_jφ) of a general 2D metric in jet variables, ready for the code generator.
 *
 * <p>Run: {@code java -cp 'examples/target/metricflow.jar:examples/target/lib/*'
 * org.metricflow.examples.DeriveRicciFlowExample}
 */
public final class DeriveRicciFlowExample {

    private DeriveRicciFlowExample() {
    }

    public static void main(String[] args) {
        Chart chart = Chart.of("x", "y");
        RiemannianGeometry conformal = RiemannianGeometry.of(Metric.conformal(chart, Sym.parse("E^(2*u(x,y))")));
        Sym r = conformal.scalar().simplify();
        Sym expected = Sym.parse("-2*E^(-2*u(x,y))*(D(u(x,y),x,x)+D(u(x,y),y,y))");
        System.out.println("R[e^(2u) delta] = " + r);
        System.out.println("equals -2 e^(-2u) Laplacian(u): " + r.minus(expected).simplify().isZero());

        GeometricFlow perelman = GeometricFlow.perelman(2);
        var names = perelman.velocityNames();
        var velocity = perelman.velocityJets();
        for (int k = 0; k < names.size(); k++) {
            System.out.println(names.get(k) + " = " + velocity.get(k));
        }
    }
}
