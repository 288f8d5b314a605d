package org.metricflow.verification.claims.cy;

import java.util.Arrays;
import org.ejml.data.ZMatrixRMaj;
import org.hipparchus.complex.Complex;
import org.metricflow.numeric.kahler.AlgebraicMetric;
import org.metricflow.numeric.kahler.BalancedRun;
import org.metricflow.numeric.kahler.Donaldson;
import org.metricflow.numeric.kahler.MonomialBasis;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * Donaldson's balanced condition T(H) = H^{-1} holds for the computed H on points it was not computed from: with the
 * orthonormal sections s̃ = F s (H = F^† F), N_k · E_μΩ[s̃_α conj(s̃_β)/|s̃|²] = δ_αβ, each entry evaluated here by
 * a direct sum over an independent sample (Hipparchus complex arithmetic, not the T-operator code).
 */
public final class BalancedIdentityClaim implements Claim {

    @Override
    public String id() {
        return "kahler.balanced-fixed-point";
    }

    @Override
    public String equation() {
        return "Donaldson's T-operator, Fermat quintic, k = 2";
    }

    @Override
    public String statement() {
        return "The balanced H of the quintic at k = 2 satisfies N_k E[s~ s~^+/|s~|^2] = 1 on an independent sample, "
                + "every entry within 6 standard errors (max over N_k^2 entries; points of a line are correlated)";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("H_11 of the balanced metric scaled by 1.05");
    }

    @Override
    public CheckResult check(Budget budget) {
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        int n = budget.scale(20_000, 100_000);
        BalancedRun run = Donaldson.balance(AlgebraicMetric.multinomial(x, 2), CySamples.sample(x, n, budget, 81),
                30, 1e-6, 2, i -> { });
        ZMatrixRMaj h = run.metric().h().copy();
        h.set(1, 1, h.getReal(1, 1) * (1 + budget.planted(0, 0.05)), 0);
        ZMatrixRMaj ft = AlgebraicMetric.factorTransposed(h);
        MonomialBasis basis = run.metric().basis();
        int nk = basis.size();
        PointSample s = CySamples.sample(x, n, budget, 82);
        int n1 = x.coordinates();
        double[] sumRe = new double[nk * nk];
        double[] sumIm = new double[nk * nk];
        double[] sq = new double[nk * nk];
        double[] w2Re = new double[nk * nk];
        double[] w2Im = new double[nk * nk];
        double sw = 0;
        double sw2 = 0;
        Complex[] t = new Complex[nk];
        for (int p = 0; p < s.size(); p++) {
            Complex[] sec = new Complex[nk];
            for (int a = 0; a < nk; a++) {
                int[] e = basis.exponents(a);
                Complex v = Complex.ONE;
                for (int i = 0; i < n1; i++) {
                    v = v.multiply(new Complex(s.points()[p * 2 * n1 + i], s.points()[p * 2 * n1 + n1 + i]).pow(e[i]));
                }
                sec[a] = v;
            }
            double norm = 0;
            for (int a = 0; a < nk; a++) {
                Complex v = Complex.ZERO;
                for (int b = 0; b < nk; b++) {   // s~ = F s, F_ab = (F^T)_ba
                    v = v.add(new Complex(ft.getReal(b, a), ft.getImag(b, a)).multiply(sec[b]));
                }
                t[a] = v;
                norm += v.norm() * v.norm();
            }
            double w = s.weights()[p];
            sw += w;
            sw2 += w * w;
            for (int a = 0; a < nk; a++) {
                for (int b = 0; b < nk; b++) {
                    Complex c = t[a].multiply(t[b].conjugate()).multiply(nk / norm);
                    sumRe[a * nk + b] += w * c.getReal();
                    sumIm[a * nk + b] += w * c.getImaginary();
                    w2Re[a * nk + b] += w * w * c.getReal();
                    w2Im[a * nk + b] += w * w * c.getImaginary();
                    sq[a * nk + b] += w * w * c.norm() * c.norm();
                }
            }
        }
        double worstPull = 0;
        double worstDev = 0;
        for (int a = 0; a < nk * nk; a++) {
            double mr = sumRe[a] / sw;
            double mi = sumIm[a] / sw;
            double re = mr - (a % (nk + 1) == 0 ? 1 : 0);
            double im = mi;
            // SE of the weighted mean m = Σwx/Σw: sqrt(Σ w²|x − m|²)/Σw (points as independent units)
            double spread = sq[a] - 2 * (mr * w2Re[a] + mi * w2Im[a]) + (mr * mr + mi * mi) * sw2;
            double se = Math.sqrt(Math.max(spread, 0)) / sw;
            double dev = Math.hypot(re, im);
            worstDev = Math.max(worstDev, dev);
            worstPull = Math.max(worstPull, dev / se);
        }
        return CheckResult.compare("largest |N E[s~ s~^+/|s~|^2] - 1| in standard errors", worstPull, 0, 6,
                nk + " sections, " + run.iterations() + " iterations (residual " + run.residual() + "), " + s.size()
                        + " independent points; largest deviation " + worstDev + "; entries "
                        + Arrays.toString(new int[] {nk, nk}));
    }
}
