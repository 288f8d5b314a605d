package org.metricflow.verification.claims.kernel;

import java.util.Locale;
import org.hipparchus.random.Well19937c;
import org.metricflow.numeric.kernel.CosineNtk;
import org.metricflow.numeric.kernel.EmpiricalNtk;
import org.metricflow.numeric.nn.CosineArchitecture;
import org.metricflow.numeric.nn.CosineForm;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * Eqs. (2.32)–(2.35): the cosine network's readout NTK is the Gaussian (A²/2) exp(−σ_w²|x−x'|²/(2d)). As printed,
 * eq. (2.32) sums over input coordinates outside the cosine; that network's kernel is a sum of one-dimensional Gaussians
 * plus non-translation-invariant cross terms (derived in {@code CosineNtk}), not eq. (2.35). Checked on empirical NTKs
 * of wide networks in d = 3.
 */
final class CosineArchitectureClaim implements Claim {

    @Override
    public String id() {
        return "kernel.cosine-architecture";
    }

    @Override
    public String equation() {
        return "eqs. (2.32)-(2.35)";
    }

    @Override
    public String statement() {
        return "The network of eq. (2.32) has the Gaussian frozen NTK of eq. (2.35) (empirical NTK at large width vs"
                + " (2.35), d = 3).";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the printed (2.32) network (sum over coordinates outside the cosine) in place of the plane-wave one");
    }

    @Override
    public CheckResult check(Budget budget) {
        int width = budget.scale(1 << 13, 1 << 15);
        CosineArchitecture plane = CosineArchitecture.normalised(3, width, 2.0);
        CosineArchitecture printed = plane.withForm(CosineForm.PRINTED);
        double[] pts = Points.box(6, 3, 0.8, budget.seed());
        CosineNtk gaussian = new CosineNtk(plane);
        double planeErr = EmpiricalNtk.of(budget.planted(plane, printed).initialise(1, new Well19937c(budget.seed())), pts, pts)
                .relativeDistance(gaussian, pts, pts);
        var printedEmp = EmpiricalNtk.of(printed.initialise(1, new Well19937c(budget.seed() + 1)), pts, pts);
        double printedVsGaussian = printedEmp.relativeDistance(gaussian, pts, pts);
        double printedVsDerived = printedEmp.relativeDistance(new CosineNtk(printed), pts, pts);
        double tolerance = 6 / Math.sqrt(width);
        String detail = String.format(Locale.ROOT, "N = %d, 6 points in [-0.8, 0.8]^3: plane-wave network vs (2.35):"
                + " %.2e; printed network vs (2.35): %.2f; printed network vs its derived kernel (A²/2)[Σ_j e^{-s(x_j"
                + "-x'_j)²} + Σ_{j≠j'} e^{-s(x_j²+x'_j'²)}]: %.2e (tolerance 6/√N = %.1e)", width, planeErr,
                printedVsGaussian, printedVsDerived, tolerance);
        if (printedVsGaussian < 10 * tolerance || printedVsDerived > tolerance) {
            return CheckResult.compare("relative distance of the printed network's NTK to eq. (2.35)",
                    printedVsGaussian, 0, tolerance, detail);
        }
        return CheckResult.erratum("relative distance of the plane-wave network's NTK to eq. (2.35)", planeErr, 0,
                tolerance, detail, "φ(x) = (A/√N) Σ_i a_i cos(w_i·x + b_i) (sum over j inside the cosine: w_i·x)");
    }
}
