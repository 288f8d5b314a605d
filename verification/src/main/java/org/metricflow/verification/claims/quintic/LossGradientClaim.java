package org.metricflow.verification.claims.quintic;

import java.util.Locale;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.hipparchus.random.Well19937c;
import org.metricflow.flows.quintic.HermitianComponents;
import org.metricflow.flows.quintic.LossDensity;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/** The generated gradient of (η − 1)² equals Jacobi's formula and central differences. */
public final class LossGradientClaim implements Claim {

    @Override
    public String id() {
        return "quintic.loss-gradient";
    }

    @Override
    public String equation() {
        return "B.11 (sigma-loss), Jacobi's formula d eta/d g_{a bbar} = eta (g^-1)_{bbar a}";
    }

    @Override
    public String statement() {
        return "The code generator's gradient of (eta-1)^2, eta = c det g, in the 9 real components of a Hermitian 3x3 "
                + "g (Frobenius convention: off-diagonal Re/Im halved) equals 2(eta-1) eta g^-1 (EJML complex inverse) and "
                + "central differences (h = 1e-6) at random positive-definite g: max relative error <= 1e-6.";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the generated gradient's g11 component perturbed by 1e-5 of the gradient's scale");
    }

    @Override
    public CheckResult check(Budget budget) {
        int cases = budget.scale(20, 200);
        Well19937c rng = new Well19937c(budget.seed());
        LossDensity loss = LossDensity.compile(SigmaLoss.SQUARED);
        double worstJacobi = 0;
        double worstFd = 0;
        for (int t = 0; t < cases; t++) {
            ZMatrixRMaj a = new ZMatrixRMaj(3, 3);
            for (int i = 0; i < 18; i++) {
                a.data[i] = 0.5 * rng.nextGaussian();
            }
            ZMatrixRMaj gm = new ZMatrixRMaj(3, 3);
            CommonOps_ZDRM.multTransB(a, a, gm);   // a a^H
            for (int i = 0; i < 3; i++) {
                gm.data[8 * i] += 0.3;
            }
            double[] g = new double[9];
            HermitianComponents.fromComplex(gm.data, 0, g, 0);
            HermitianComponents.toComplex(g, 0, gm.data, 0);   // exactly the matrix the components describe
            double[] c = {(0.3 + rng.nextDouble()) / HermitianComponents.determinant(g, 0)};
            double eta = c[0] * HermitianComponents.determinant(g, 0);
            double[] grad = new double[9];
            loss.evaluate(g, c, new double[1], grad, 1);
            ZMatrixRMaj inv = new ZMatrixRMaj(3, 3);
            CommonOps_ZDRM.invert(gm, inv);
            double[] jac = new double[9];
            HermitianComponents.fromComplex(inv.data, 0, jac, 0);
            double scale = 0;
            for (int p = 0; p < 9; p++) {
                scale = Math.max(scale, Math.abs(grad[p]));
            }
            grad[0] += budget.planted(0, 1e-5) * scale;
            for (int p = 0; p < 9; p++) {
                worstJacobi = Math.max(worstJacobi, Math.abs(grad[p] - 2 * (eta - 1) * eta * jac[p]) / scale);
                double h = 1e-6;
                double[] up = g.clone();
                double[] dn = g.clone();
                up[p] += h;
                dn[p] -= h;
                double fd = (value(loss, up, c) - value(loss, dn, c)) / (2 * h) * (p < 3 ? 1 : 0.5);
                worstFd = Math.max(worstFd, Math.abs(grad[p] - fd) / scale);
            }
        }
        return CheckResult.compare("max relative error of the generated gradient", Math.max(worstJacobi, worstFd), 0,
                1e-6, String.format(Locale.ROOT, "%d random metrics; vs Jacobi %.1e, vs central differences %.1e",
                        cases, worstJacobi, worstFd));
    }

    private static double value(LossDensity loss, double[] g, double[] c) {
        double[] l = new double[1];
        loss.evaluate(g, c, l, new double[9], 1);
        return l[0];
    }
}
