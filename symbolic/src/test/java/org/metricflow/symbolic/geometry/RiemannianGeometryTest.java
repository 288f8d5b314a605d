package org.metricflow.symbolic.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.NumericFunction;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.ZeroTest;

/** Curvature against closed forms derived by hand (not by this code). */
class RiemannianGeometryTest {

    private static void assertIdentical(Sym actual, Sym expected) {
        assertThat(ZeroTest.vanishes(actual.minus(expected), new Well19937c(7), 3)).as(actual + " vs " + expected)
                .isTrue();
    }

    @Test
    void conformalPlaneHasScalarCurvatureMinusTwoEToTheMinusTwoULaplacianU() {
        Chart c = Chart.of("x", "y");
        RiemannianGeometry g = RiemannianGeometry.of(Metric.conformal(c, Sym.parse("E^(2*u(x,y))")));
        assertIdentical(g.scalar(), Sym.parse("-2*E^(-2*u(x,y))*(D(u(x,y),x,x) + D(u(x,y),y,y))"));
        // Gauss: R_1212 = K det g with K = R/2
        assertIdentical(g.riemann().get(0, 1, 0, 1), g.scalar().times(g.determinant()).times(Sym.rational(1, 2)));
    }

    @Test
    void roundSpheresHaveScalarCurvatureNTimesNMinusOneOverRSquared() {
        Chart s2 = Chart.of("theta", "phi");
        RiemannianGeometry sphere2 = new RiemannianGeometry(Metric.diagonal(s2, Sym.parse("r^2"),
                Sym.parse("r^2*Sin(theta)^2")), Simplification.SIMPLIFY);
        assertThat(sphere2.scalar()).isEqualTo(Sym.parse("2/r^2"));

        Chart s3 = Chart.of("chi", "theta", "phi");
        RiemannianGeometry sphere3 = new RiemannianGeometry(Metric.diagonal(s3, Sym.parse("r^2"),
                Sym.parse("r^2*Sin(chi)^2"), Sym.parse("r^2*Sin(chi)^2*Sin(theta)^2")), Simplification.SIMPLIFY);
        assertThat(sphere3.scalar()).isEqualTo(Sym.parse("6/r^2"));
        // Einstein: R_ij = (n-1)/r^2 g_ij
        for (int i = 0; i < 3; i++) {
            assertThat(sphere3.ricci().get(i, i).minus(sphere3.metric().get(i, i).times(Sym.parse("2/r^2")))
                    .simplify().isZero()).isTrue();
        }
    }

    @Test
    void sphereScalarCurvatureWithoutTrigSimplificationAgreesNumerically() {
        Chart s3 = Chart.of("chi", "theta", "phi");
        RiemannianGeometry sphere3 = new RiemannianGeometry(Metric.diagonal(s3, Sym.parse("r^2"),
                Sym.parse("r^2*Sin(chi)^2"), Sym.parse("r^2*Sin(chi)^2*Sin(theta)^2")), Simplification.NONE);
        NumericFunction r = NumericFunction.of(sphere3.scalar(),
                List.of(Sym.symbol("r"), Sym.symbol("chi"), Sym.symbol("theta")));
        for (double[] p : new double[][] {{1.0, 0.3, 1.1}, {2.5, 2.0, 0.4}, {0.7, 1.5, 2.9}}) {
            assertThat(r.value(p)).isCloseTo(6 / (p[0] * p[0]), within(1e-12 / (p[0] * p[0])));
        }
    }

    @Test
    void flatSpaceInPolarAndSphericalCoordinatesHasZeroRiemannTensor() {
        RiemannianGeometry polar = RiemannianGeometry.of(Metric.diagonal(Chart.of("r", "theta"), Sym.ONE,
                Sym.parse("r^2")));
        assertThat(polar.riemann().isZero()).isTrue();
        RiemannianGeometry spherical = new RiemannianGeometry(Metric.diagonal(Chart.of("r", "theta", "phi"),
                Sym.ONE, Sym.parse("r^2"), Sym.parse("r^2*Sin(theta)^2")), Simplification.SIMPLIFY);
        assertThat(spherical.riemann().isZero()).isTrue();
        assertThat(spherical.riemann().storedComponents()).isEqualTo(6);
        // Laplacian in polar coordinates: f_rr + f_r/r + f_θθ/r²
        assertIdentical(polar.laplacian(Sym.parse("f(r,theta)")),
                Sym.parse("D(f(r,theta),r,r) + D(f(r,theta),r)/r + D(f(r,theta),theta,theta)/r^2"));
        assertIdentical(polar.gradientNormSquared(Sym.parse("f(r,theta)")),
                Sym.parse("D(f(r,theta),r)^2 + D(f(r,theta),theta)^2/r^2"));
        // Christoffel symbols of the plane in polar coordinates: Γ^r_θθ = −r, Γ^θ_rθ = 1/r
        assertThat(polar.christoffel().get(0, 1, 1)).isEqualTo(Sym.parse("-r"));
        assertThat(polar.christoffel().get(1, 0, 1)).isEqualTo(Sym.parse("1/r"));
    }

    @Test
    void ricciFromChristoffelAgreesWithContractedRiemannForAGeneralMetric() {
        Chart c = Chart.of("x", "y");
        RiemannianGeometry g = RiemannianGeometry.of(Metric.general(c));
        SymmetricMatrix ginv = g.inverse();
        for (int i = 0; i < 2; i++) {
            for (int j = i; j < 2; j++) {
                Sym contracted = Sym.ZERO;
                for (int k = 0; k < 2; k++) {
                    for (int l = 0; l < 2; l++) {
                        contracted = contracted.plus(ginv.get(k, l).times(g.riemann().get(k, i, l, j)));
                    }
                }
                assertIdentical(contracted, g.ricci().get(i, j));
            }
        }
    }

    @Test
    void lieDerivativeAlongGradientIsTwiceTheHessian() {
        RiemannianGeometry g = RiemannianGeometry.of(Metric.general(Chart.of("x", "y")));
        Sym f = Sym.parse("f(x,y)");
        SymmetricMatrix lie = g.lieDerivativeOfMetric(g.gradientVector(f));
        SymmetricMatrix hess = g.hessian(f);
        for (int i = 0; i < 2; i++) {
            for (int j = i; j < 2; j++) {
                assertIdentical(lie.get(i, j), hess.get(i, j).times(2));
            }
        }
    }

    @Test
    void quantitiesAreDerivedLazilyAndOnce() {
        RiemannianGeometry g = RiemannianGeometry.of(Metric.conformal(Chart.of("x", "y"), Sym.parse("E^(2*u(x,y))")));
        assertThat(g.isComputed("christoffel")).isFalse();
        Sym r = g.scalar();
        assertThat(g.isComputed("ricci")).isTrue();
        assertThat(g.isComputed("riemann")).isFalse();
        assertThat(g.scalar()).isSameAs(r);
        assertThat(g.ricci()).isSameAs(g.ricci());
    }

    @Test
    void oneDimensionalMetricIsFlat() {
        RiemannianGeometry g = RiemannianGeometry.of(Metric.conformal(Chart.of("t"), Sym.parse("a(t)")));
        assertThat(g.scalar().isZero()).isTrue();
        assertThat(g.riemann().storedComponents()).isZero();
        assertIdentical(g.laplacian(Sym.parse("f(t)")),
                Sym.parse("D(f(t),t,t)/a(t) - D(a(t),t)*D(f(t),t)/(2*a(t)^2)"));
    }
}
