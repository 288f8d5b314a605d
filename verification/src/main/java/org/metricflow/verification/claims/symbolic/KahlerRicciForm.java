package org.metricflow.verification.claims.symbolic;

import java.util.Locale;
import org.hipparchus.complex.Complex;
import org.metricflow.symbolic.cas.NumericFunction;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.ComplexChart;
import org.metricflow.symbolic.geometry.KahlerGeometry;
import org.metricflow.symbolic.geometry.RiemannianGeometry;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Mutation;

/** (B.3): R_{ab̄} = −∂_a∂̄_b ln det g is the Ricci tensor of the underlying Riemannian metric. */
final class KahlerRicciForm extends SymbolicClaim {

    KahlerRicciForm() {
        super("kahler-ricci-form", "(B.3)", "For Fubini-Study on CP^2, -d_a dbar_b ln det g equals the Riemannian "
                + "Ricci tensor of ds^2 = 2 g_ab dz^a dzbar^b computed from Christoffel symbols in (z, zbar) "
                + "(exact identity), and R_ab = (n+1) g_ab with n + 1 = 3.");
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the Fubini-Study potential doubled (Ric is scale invariant, so Ric/g halves)");
    }

    @Override
    public CheckResult check(Budget budget) {
        ComplexChart chart = ComplexChart.of("z1", "z2");
        KahlerGeometry fs = KahlerGeometry.fromPotential(chart, Sym.parse(budget.planted("Log(1 + z1*z1b + z2*z2b)",
                "2*Log(1 + z1*z1b + z2*z2b)")));
        RiemannianGeometry real = RiemannianGeometry.of(fs.complexifiedRealMetric());
        boolean agree = true;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                agree &= Fixtures.identical(real.ricci().get(a, 2 + b), fs.ricci(a, b), budget);
                agree &= Fixtures.identical(real.ricci().get(a, b), Sym.ZERO, budget);
            }
        }
        Complex[] point = {new Complex(0.3, 0.2), new Complex(-0.5, 0.7), new Complex(0.3, -0.2),
                new Complex(-0.5, -0.7)};
        var vars = chart.complexifiedChart().coordinates();
        Complex ratio = NumericFunction.of(fs.ricci(0, 1), vars).value(point)
                .divide(NumericFunction.of(fs.metric(0, 1), vars).value(point));
        return CheckResult.compare("R_12bar / g_12bar for Fubini-Study on CP^2", agree ? ratio.getReal() : Double.NaN,
                3, 1e-12, String.format(Locale.ROOT, "Kahler Ricci form == Riemannian Ricci (complexified chart): "
                        + "%s; imaginary part of the ratio %.2g", agree, ratio.getImaginary()));
    }
}
