package org.metricflow.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.metricflow.numeric.nn.Parameterisation;
import org.metricflow.numeric.nn.ReluArchitecture;
import org.metricflow.numeric.nn.TrainedLayers;

/** Three-way check of the ReLU kernels: closed form, Gauss–Hermite layer expectations, finite-width Monte Carlo. */
class ReluNtkTest {

    private static final double[] XS = {0.5, -0.3, 0.8, -0.6, 0.2, 0.1, 0.3, 0.9, -0.4};

    @Test
    void depthOneNngpHasTheTextbookForm() {
        // K = σ_w² E[relu(u)relu(v)] + σ_b², and for x = y: E[relu(u)²] = k/2 with k = σ_w²|x|²/d + σ_b²
        ReluArchitecture arch = ReluArchitecture.ntk(3, 1, 1, 1.7, 0.4, true);
        ReluNtk nngp = ReluNtk.of(arch).withOutput(ReluNtk.Output.NNGP);
        double k = 1.7 * 1.7 * (0.25 + 0.09 + 0.64) / 3 + 0.16;
        assertThat(nngp.value(XS, 0, XS, 0)).isCloseTo(1.7 * 1.7 * k / 2 + 0.16, within(1e-14));
        // orthogonal inputs without bias: θ = π/2, T = √(k11 k22)/(2π)
        ReluArchitecture noBias = ReluArchitecture.ntk(2, 1, 1, 1.0, 0, false);
        double[] e = {1, 0, 0, 1};
        assertThat(ReluNtk.of(noBias).withOutput(ReluNtk.Output.NNGP).value(e, 0, e, 2))
                .isCloseTo(0.5 / (2 * Math.PI), within(1e-15));
    }

    @ParameterizedTest
    @CsvSource({"1, NTK, true", "3, NTK, true", "2, NTK, false", "2, STANDARD, true", "3, STANDARD, false"})
    void closedFormMatchesPolarAndGaussHermiteQuadrature(int depth, Parameterisation p, boolean bias) {
        ReluArchitecture arch = new ReluArchitecture(3, depth, 512, 1.4, 0.3, bias, p, TrainedLayers.ALL);
        ReluNtk closed = ReluNtk.of(arch);
        ReluNtk polar = closed.withExpectations(new PolarReluExpectations(8, 24));
        ReluNtk hermite = closed.withExpectations(new GaussHermiteReluExpectations(48));
        for (ReluNtk.Output out : ReluNtk.Output.values()) {
            for (int a = 0; a < 3; a++) {
                for (int b = 0; b < 3; b++) {
                    double c = closed.withOutput(out).value(XS, 3 * a, XS, 3 * b);
                    // the layer maps are ill-conditioned at ρ → 1 (dṪ/dρ ~ 1/√(1−ρ²)): on the diagonal a 1-ulp
                    // difference in ρ between two routes becomes ~1e-8; off the diagonal they agree to ~1e-14
                    double tol = a == b ? 1e-7 : 1e-12;
                    assertThat(polar.withOutput(out).value(XS, 3 * a, XS, 3 * b))
                            .isCloseTo(c, within(tol * Math.abs(c)));
                    // the ReLU kink limits Gauss–Hermite to algebraic convergence: ≲ 2e-2 relative at 48 nodes
                    assertThat(hermite.withOutput(out).value(XS, 3 * a, XS, 3 * b))
                            .isCloseTo(c, within(2e-2 * Math.abs(c)));
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1, NTK, true, ALL", "2, NTK, true, ALL", "2, NTK, false, ALL", "2, STANDARD, true, ALL",
            "2, NTK, true, LAST", "2, STANDARD, false, LAST"})
    void empiricalKernelAtWidth2048IsCloseToTheFrozenOne(int depth, Parameterisation p, boolean bias,
                                                          TrainedLayers trained) {
        int width = 2048;
        ReluArchitecture arch = new ReluArchitecture(3, depth, width, 1.4, 0.3, bias, p, trained);
        var emp = EmpiricalNtk.of(arch.initialise(1, new Well19937c(7)), XS, XS);
        // relative Frobenius fluctuation O(depth/√N) ≈ 0.02–0.05 at N = 2048
        assertThat(emp.relativeDistance(ReluNtk.of(arch), XS, XS)).isLessThan(0.12);
    }

    @Test
    void standardParameterisationNtkGrowsWithWidth() {
        ReluArchitecture small = new ReluArchitecture(3, 2, 100, 1.4, 0.3, true, Parameterisation.STANDARD,
                TrainedLayers.ALL);
        double t1 = ReluNtk.of(small).value(XS, 0, XS, 3);
        double t2 = ReluNtk.of(small.withWidth(200)).value(XS, 0, XS, 3);
        assertThat(t2 / t1).isBetween(1.8, 2.0);
    }
}
