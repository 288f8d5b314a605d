package org.metricflow.examples;

import java.util.List;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.functionals.Perelman;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.Metric;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.variation.JetExpression;

/**
 * Derives Perelman's gradient flow (paper eq. 2.40, corrected) for a general 2D metric two ways — from the
 * Euler–Lagrange derivative of F and from the curvature — and prints the velocity in jet variables, ready for the
 * code generator. Run: {@code mvn -q -pl examples exec:java} or from an IDE.
 */
public final class DeriveRicciFlowExample {

    private DeriveRicciFlowExample() {
    }

    public static void main(String[] args) {
        // curvature of the round 2-sphere of radius r: R = 2/r^2
        RiemannianGeometry sphere = RiemannianGeometry.of(Metric.diagonal(Chart.of("theta", "phi"),
                Sym.parse("r^2"), Sym.parse("r^2*Sin(theta)^2")));
        System.out.println("sphere: R = " + sphere.scalar().simplify());

        Perelman p = Perelman.general(2);
        SymmetricMatrix viaVariation = p.flowVelocity();        // 2 g g (dF/dg)|fixed measure / (e^{-phi} sqrt g)
        SymmetricMatrix viaCurvature = p.curvatureFlowVelocity(); // -2 (R_ij + D_i D_j phi)
        JetExpression v11 = JetExpression.of(viaCurvature.get(0, 0), p.chart(), p.fields());
        System.out.println("dg11/dt = " + v11.toInputForm());
        System.out.println("jet variables: " + v11.variables());
        Sym difference = viaVariation.get(0, 0).minus(viaCurvature.get(0, 0)).rational();
        System.out.println("variation route - curvature route = " + difference);
        System.out.println("dphi/dt = " + JetExpression.of(p.perelmanDilatonVelocity(), p.chart(), p.fields())
                .toInputForm());
        System.out.println("fields: " + List.copyOf(p.fields()));
    }
}
