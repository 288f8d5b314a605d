package org.metricflow.numeric.kahler;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.junit.jupiter.api.Test;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointSample;

class VelocityProjectionTest {

    /**
     * Re tr(dH Γ) = −⟨v − ⟨v⟩, δK⟩ in L²(dvol_g) for a random Hermitian dH, with δK_x from central differences of
     * K = ln(s^†Hs)/(kπ) (values of the sections only, not the projection's jets); error O(ε²) ≈ 1e-8 relative.
     */
    @Test
    void gradientPairsTheCentredVelocityWithTheChangeOfThePotential() {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuartic();
        MonomialBasis b = MonomialBasis.of(x, 2);
        ZMatrixRMaj h = AlgebraicMetricTest.randomPositive(b.size(), 21);
        AlgebraicMetric g = new AlgebraicMetric(x, b, h);
        PointSample s = AlgebraicMetricTest.sample(x, 400, 23);
        int[] idx = new int[s.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        for (PotentialVelocity v : new PotentialVelocity[] {new PotentialVelocity(1, 0), new PotentialVelocity(0, 1)}) {
            VelocityProjection.Evaluation e = new VelocityProjection(s, b, 2).evaluate(g.factorTransposed(), idx, v);
            ZMatrixRMaj dh = AlgebraicMetricTest.randomPositive(b.size(), 25);
            ZMatrixRMaj prod = new ZMatrixRMaj(b.size(), b.size());
            CommonOps_ZDRM.mult(dh, e.gradient(), prod);
            double pairing = CommonOps_ZDRM.trace(prod, new org.ejml.data.Complex_F64()).real;
            CurvatureValues c = ScalarCurvature.values(g, s, 1);
            double eps = 1e-5;
            double[] kp = potential(g, dh, eps, s);
            double[] km = potential(g, dh, -eps, s);
            double sm = 0;
            double smv = 0;
            double[] m = new double[s.size()];
            double[] vel = new double[s.size()];
            for (int i = 0; i < s.size(); i++) {
                double ratio = c.det()[i] / s.omegaAbs2(i);
                m[i] = s.weights()[i] * ratio;
                vel[i] = v.at(ratio, c.scalar()[i]);
                sm += m[i];
                smv += m[i] * vel[i];
            }
            double expected = 0;
            for (int i = 0; i < s.size(); i++) {
                expected -= m[i] * (vel[i] - smv / sm) * (kp[i] - km[i]) / (2 * eps) / sm;
            }
            assertThat(pairing).as(v.toString()).isCloseTo(expected, Offset.offset(1e-6 * Math.abs(expected)));
            assertThat(e.meanAbsScalar()).isPositive();
        }
    }

    private static double[] potential(AlgebraicMetric g, ZMatrixRMaj dh, double eps, PointSample s) {
        MonomialBasis b = g.basis();
        ZMatrixRMaj h = g.h().copy();
        for (int i = 0; i < h.data.length; i++) {
            h.data[i] += eps * dh.data[i];
        }
        MonomialBasis.Jet jet = b.jet();
        double[] row = new double[2 * b.size() * (b.coordinates() + 1)];
        double[] out = new double[s.size()];
        for (int i = 0; i < s.size(); i++) {
            jet.evaluate(s.points(), i * 2 * s.coordinates(), true, row, 0);
            double psi = 0;
            for (int a = 0; a < b.size(); a++) {
                for (int c = 0; c < b.size(); c++) {
                    // conj(s_a) H_ac s_c, real part
                    double sr = row[2 * a];
                    double si = -row[2 * a + 1];
                    double hr = h.getReal(a, c);
                    double hi = h.getImag(a, c);
                    double tr = sr * hr - si * hi;
                    double ti = sr * hi + si * hr;
                    psi += tr * row[2 * c] - ti * row[2 * c + 1];
                }
            }
            out[i] = Math.log(psi) / (b.degree() * Math.PI);
        }
        return out;
    }
}
