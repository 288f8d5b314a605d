package org.metricflow.flows.quintic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class LossDensityTest {

    /** A random positive-definite Hermitian matrix A A^H + I/2 as 9 components. */
    private static double[] randomMetric(Well19937c rng) {
        ZMatrixRMaj a = new ZMatrixRMaj(3, 3);
        for (int i = 0; i < 18; i++) {
            a.data[i] = rng.nextGaussian() * 0.5;
        }
        ZMatrixRMaj g = new ZMatrixRMaj(3, 3);
        CommonOps_ZDRM.multTransB(a, a, g);   // a a^H
        for (int i = 0; i < 3; i++) {
            g.data[2 * (3 * i + i)] += 0.5;
        }
        double[] r = new double[9];
        HermitianComponents.fromComplex(g.data, 0, r, 0);
        return r;
    }


    @Test
    void determinantMatchesEjmlComplexLu() {
        Well19937c rng = new Well19937c(1);
        for (int t = 0; t < 20; t++) {
            double[] r = randomMetric(rng);
            ZMatrixRMaj g = new ZMatrixRMaj(3, 3);
            HermitianComponents.toComplex(r, 0, g.data, 0);
            assertThat(HermitianComponents.determinant(r, 0)).isCloseTo(CommonOps_ZDRM.det(g).real,
                    within(1e-12 * Math.abs(CommonOps_ZDRM.det(g).real)));
        }
    }

    /** Generated gradient = Jacobi's formula η (g^{-1}) as a Hermitian matrix = central differences. */
    @Test
    void generatedGradientMatchesJacobiAndFiniteDifferences() {
        Well19937c rng = new Well19937c(7);
        LossDensity sq = LossDensity.compile(SigmaLoss.SQUARED);
        LossDensity abs = LossDensity.compile(SigmaLoss.ABSOLUTE);
        for (int t = 0; t < 10; t++) {
            double[] r = randomMetric(rng);
            double[] c = {(0.3 + rng.nextDouble()) / HermitianComponents.determinant(r, 0)};
            double eta = c[0] * HermitianComponents.determinant(r, 0);
            double[] l = new double[1];
            double[] grad = new double[9];
            sq.evaluate(r, c, l, grad, 1);
            assertThat(l[0]).isCloseTo((eta - 1) * (eta - 1), within(1e-12));
            ZMatrixRMaj g = new ZMatrixRMaj(3, 3);
            HermitianComponents.toComplex(r, 0, g.data, 0);
            ZMatrixRMaj inv = new ZMatrixRMaj(3, 3);
            CommonOps_ZDRM.invert(g, inv);
            double[] jacobi = new double[9];
            HermitianComponents.fromComplex(inv.data, 0, jacobi, 0);
            for (int p = 0; p < 9; p++) {
                // d l/d g = 2(η − 1) η g^{-1} in the Frobenius convention
                assertThat(grad[p]).isCloseTo(2 * (eta - 1) * eta * jacobi[p], within(1e-10 * (1 + Math.abs(grad[p]))));
                double h = 1e-6;
                double[] up = r.clone();
                double[] dn = r.clone();
                up[p] += h;
                dn[p] -= h;
                double fd = (value(sq, up, c) - value(sq, dn, c)) / (2 * h) * (p < 3 ? 1 : 0.5);
                assertThat(grad[p]).isCloseTo(fd, within(1e-6 * (1 + Math.abs(fd))));
            }
            double[] ga = new double[9];
            abs.evaluate(r, c, l, ga, 1);
            assertThat(l[0]).isCloseTo(Math.abs(eta - 1), within(1e-12));
            for (int p = 0; p < 9; p++) {
                assertThat(ga[p]).isCloseTo(Math.signum(eta - 1) * eta * jacobi[p], within(1e-10 * (1 + Math.abs(ga[p]))));
            }
        }
    }

    private static double value(LossDensity d, double[] r, double[] c) {
        double[] l = new double[1];
        d.evaluate(r, c, l, new double[9], 1);
        return l[0];
    }
}
