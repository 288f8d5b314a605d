package org.metricflow.numeric.manifold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.hipparchus.complex.Complex;
import org.junit.jupiter.api.Test;

class HomogeneousPolynomialTest {

    private static final Map<String, Complex> PSI = Map.of("psi", new Complex(0.3, -0.2));

    /** Direct evaluation of the Dwork quintic with Hipparchus Complex arithmetic. */
    private static Complex dwork(Complex[] z, Complex psi) {
        Complex s = Complex.ZERO;
        Complex prod = Complex.ONE;
        for (Complex zi : z) {
            s = s.add(zi.pow(5));
            prod = prod.multiply(zi);
        }
        return s.subtract(psi.multiply(5).multiply(prod));
    }

    @Test
    void parsedDworkMatchesDirectEvaluationAndGradientMatchesFiniteDifferences() {
        HomogeneousPolynomial p = HomogeneousPolynomial.parse("z0^5+z1^5+z2^5+z3^5+z4^5-5*psi*z0*z1*z2*z3*z4", 0, PSI);
        assertThat(p.coordinates()).isEqualTo(5);
        assertThat(p.degree()).isEqualTo(5);
        PolynomialEvaluator ev = p.evaluator();
        Random r = new Random(345);
        for (int trial = 0; trial < 50; trial++) {
            double[] re = new double[5];
            double[] im = new double[5];
            Complex[] z = new Complex[5];
            for (int i = 0; i < 5; i++) {
                re[i] = r.nextGaussian();
                im[i] = r.nextGaussian();
                z[i] = new Complex(re[i], im[i]);
            }
            ev.evaluate(re, im, 0);
            Complex exact = dwork(z, PSI.get("psi"));
            assertThat(ev.valueRe()).isCloseTo(exact.getReal(), within(1e-12 * (1 + exact.norm())));
            assertThat(ev.valueIm()).isCloseTo(exact.getImaginary(), within(1e-12 * (1 + exact.norm())));
            double h = 1e-6;
            for (int j = 0; j < 5; j++) {
                Complex[] zp = z.clone();
                Complex[] zm = z.clone();
                zp[j] = z[j].add(h);
                zm[j] = z[j].subtract(h);
                Complex fd = dwork(zp, PSI.get("psi")).subtract(dwork(zm, PSI.get("psi"))).divide(2 * h);
                assertThat(ev.gradRe(j)).isCloseTo(fd.getReal(), within(1e-6 * (1 + fd.norm())));
                assertThat(ev.gradIm(j)).isCloseTo(fd.getImaginary(), within(1e-6 * (1 + fd.norm())));
            }
        }
    }

    @Test
    void combinesEqualMonomialsAndParsesComplexConstants() {
        HomogeneousPolynomial p = HomogeneousPolynomial.parse("z0^2*z1 + (1+2*i)*z1*z0*z0 - 3*z2**3/2", 3, Map.of());
        assertThat(p.terms()).isEqualTo(2);
        assertThat(p.coefficient(0)).isEqualTo(new Complex(2, 2));
        assertThat(p.coefficient(1)).isEqualTo(new Complex(-1.5, 0));
        assertThat(p.exponents(1)).containsExactly(0, 0, 3);
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> HomogeneousPolynomial.parse("z0^2 - z0*z0", 2, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero polynomial");
        assertThatThrownBy(() -> HomogeneousPolynomial.parse("z0^3 + z1^2", 2, Map.of()))
                .hasMessageContaining("not homogeneous");
        assertThatThrownBy(() -> HomogeneousPolynomial.parse("z0^5 +* z1^5", 2, Map.of()))
                .hasMessageContaining("position 6");
        assertThatThrownBy(() -> HomogeneousPolynomial.parse("z0^5 - 5*phi*z1^5", 2, Map.of("psi", Complex.ONE)))
                .hasMessageContaining("unknown parameter 'phi'");
        assertThatThrownBy(() -> HomogeneousPolynomial.parse("z0^3 + z7^3", 5, Map.of()))
                .hasMessageContaining("z7 is out of range for 5 coordinates");
        assertThatThrownBy(() -> HomogeneousPolynomial.parse("5", 0, Map.of()))
                .hasMessageContaining("no variable");
        assertThatThrownBy(() -> HomogeneousPolynomial.parse("z0^0 + z1^0", 2, Map.of()))
                .hasMessageContaining("degree >= 1");
        assertThatThrownBy(() -> HomogeneousPolynomial.parse("2z0^3", 1, Map.of()))
                .hasMessageContaining("malformed polynomial");
        assertThatThrownBy(() -> HomogeneousPolynomial.parse("z0^3/z1", 2, Map.of()))
                .hasMessageContaining("cannot divide by a variable");
        assertThatThrownBy(() -> HomogeneousPolynomial.of(3, new int[][] {{1, 2}}, new Complex[] {Complex.ONE}))
                .hasMessageContaining("has 2 exponents; the polynomial has 3 coordinates");
    }

    @Test
    void hypersurfaceNeedsPositiveDimensionAndWarnsWhenNotCalabiYau() {
        assertThatThrownBy(() -> new ProjectiveHypersurface(HomogeneousPolynomial.parse("z0^2+z1^2", 2, Map.of()),
                "points")).hasMessageContaining(">= 3 homogeneous coordinates");
        ProjectiveHypersurface cubicSurface = new ProjectiveHypersurface(
                HomogeneousPolynomial.parse("z0^3+z1^3+z2^3+z3^3", 4, Map.of()), "cubic surface");
        assertThat(cubicSurface.isCalabiYau()).isFalse();
        assertThat(cubicSurface.calabiYauWarning()).get().asString().contains("not Calabi-Yau");
        assertThat(ProjectiveHypersurface.fermatQuintic().calabiYauWarning()).isEmpty();
        assertThat(ProjectiveHypersurface.fermatQuintic().volumeFubiniStudy()).isEqualTo(5.0 / 6.0);
    }

    @Test
    void chartSignAndLocalCoordinates() {
        assertThat(new Chart(0, 4).localCoordinates(5)).containsExactly(1, 2, 3);
        assertThat(new Chart(2, 0).localCoordinates(5)).containsExactly(1, 3, 4);
        // patch 0, eliminate z1: position 1 among (z1..z4) → (−1)^0 = +1; patch 1, eliminate 0 → (−1)^1
        assertThat(new Chart(0, 1).omegaSign()).isEqualTo(1);
        assertThat(new Chart(1, 0).omegaSign()).isEqualTo(-1);
        assertThat(new Chart(0, 2).omegaSign()).isEqualTo(-1);
        assertThatThrownBy(() -> new Chart(2, 2)).hasMessageContaining("distinct");
        assertThatThrownBy(() -> new Chart(0, 5).localCoordinates(5)).hasMessageContaining("does not fit");
    }
}
