package org.metricflow.verification.claims.kernel;

import java.util.Locale;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.special.Gamma;
import org.metricflow.numeric.kernel.CosineNtk;
import org.metricflow.numeric.nn.CosineArchitecture;
import org.metricflow.numeric.quadrature.LocalizedIntegral;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * Eq. (2.36): the amplitude A that makes the frozen cosine kernel a normalised Gaussian, ∫ Θ̄(x, x') d^d x' = 1. The
 * integral is computed by deterministic quadrature of the implemented kernel — a tensor Gauss–Legendre rule on
 * x ± 12σ for d ≤ 3, a tensor Gauss–Hermite rule of scale 1.1σ for d = 6 — and independently by the radial integral
 * S_{d−1} ∫_0^{12σ} r^{d−1} Θ̄(r) dr (Hipparchus iterative Legendre–Gauss integrator).
 */
final class CosineNormalisationClaim implements Claim {

    private static final int[] DIMENSIONS = {1, 2, 3, 6};
    private static final double TOLERANCE = 1e-9;

    @Override
    public String id() {
        return "kernel.cosine-normalisation";
    }

    @Override
    public String equation() {
        return "eq. (2.36)";
    }

    @Override
    public String statement() {
        return "With A from eq. (2.36) the frozen cosine kernel (A²/2)exp(-σ_w²|x-x'|²/(2d)) integrates to 1 over R^d"
                + " (d = 1, 2, 3, 6; several σ_w; quadrature, not Monte Carlo).";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the printed amplitude A of (2.36) used as the corrected one");
    }

    @Override
    public CheckResult check(Budget budget) {
        double[] sigmas = budget.quick() ? new double[] {0.5, 6.0} : new double[] {0.5, 1.0, 2.5, 6.0};
        double worst = 0;
        double paperWorst = 0;
        StringBuilder printed = new StringBuilder();
        for (int d : DIMENSIONS) {
            for (double sw : sigmas) {
                CosineArchitecture corrected = budget.mutated() ? CosineArchitecture.normalised(d, 1, sw)
                        .withAmplitude(CosineArchitecture.printedAmplitude(d, sw)) : CosineArchitecture.normalised(d, 1, sw);
                double tensor = tensorIntegral(corrected);
                double radial = radialIntegral(corrected);
                worst = Math.max(worst, Math.max(Math.abs(tensor - 1), Math.abs(radial - 1)));
                double paper = tensorIntegral(corrected.withAmplitude(CosineArchitecture.printedAmplitude(d, sw)));
                paperWorst = Math.max(paperWorst, Math.abs(paper - 1));
                printed.append(String.format(Locale.ROOT, " d=%d σ_w=%.1f: %.4f;", d, sw, paper));
            }
        }
        String detail = String.format(Locale.ROOT, "corrected A: max |∫Θ̄ - 1| = %.2e over tensor and radial"
                + " quadrature; printed A = 2^(1/4)(σ_w/√(2πd))^(d/4) gives ∫Θ̄ =%s (= 2^(-1/2)(√(2πd)/σ_w)^(d/2))",
                worst, printed);
        if (paperWorst < 1e-3) {
            return CheckResult.compare("max |∫Θ̄ d^dx' - 1|, printed A", paperWorst, 0, TOLERANCE, detail);
        }
        return CheckResult.erratum("max |∫Θ̄ d^dx' - 1| with the corrected A", worst, 0, TOLERANCE, detail,
                "A = √2 (σ_w/√(2πd))^(d/2), i.e. A²/2 = (2πσ²)^(-d/2) with σ = √d/σ_w");
    }

    private static double[] centre(int d) {
        double[] x = new double[d];
        for (int j = 0; j < d; j++) {
            x[j] = 0.25 * (j + 1) - 0.6;
        }
        return x;
    }

    static double tensorIntegral(CosineArchitecture arch) {
        CosineNtk k = new CosineNtk(arch);
        double[] x = centre(arch.inputDimension());
        return LocalizedIntegral.overRd(x, arch.kernelWidth(), y -> k.value(x, 0, y, 0));
    }

    static double radialIntegral(CosineArchitecture arch) {
        int d = arch.inputDimension();
        double sigma = arch.kernelWidth();
        CosineNtk k = new CosineNtk(arch);
        double[] x = centre(d);
        double[] y = new double[d];
        double sphere = 2 * Math.pow(Math.PI, d / 2.0) / Gamma.gamma(d / 2.0); // area of S^{d-1}
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(16, 1e-14, 1e-14);
        double radial = integrator.integrate(10_000, r -> {
            System.arraycopy(x, 0, y, 0, d);
            y[0] += r; // the kernel depends on |x - x'| only (translation and rotation invariance)
            return Math.pow(r, d - 1) * k.value(x, 0, y, 0);
        }, 0, 12 * sigma);
        return sphere * radial;
    }
}
