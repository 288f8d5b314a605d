package org.metricflow.verification.claims.kernel;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.metricflow.numeric.kernel.study.ConvergenceStudy;
import org.metricflow.numeric.kernel.FrozenKernels;
import org.metricflow.numeric.kernel.GaussHermiteReluExpectations;
import org.metricflow.numeric.kernel.Kernel;
import org.metricflow.numeric.kernel.PolarReluExpectations;
import org.metricflow.numeric.PowerLawFit;
import org.metricflow.numeric.kernel.ReluNtk;
import org.metricflow.numeric.nn.Architecture;
import org.metricflow.numeric.nn.Parameterisation;
import org.metricflow.numeric.nn.ReluArchitecture;
import org.metricflow.numeric.nn.TrainedLayers;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * §3.2, the ReLU NTK (as neural-tangents computes it), three ways on 10-dimensional inputs (the real coordinates of
 * points of P^4): the arc-cosine closed form; quadrature of the layer expectations (polar Gauss–Laguerre × Legendre,
 * and neural-tangents' tensor Gauss–Hermite); Monte Carlo — the empirical NTK of finite networks of width
 * 2^10…2^14 (single hidden layer with the paper's Table 1 σ_w = 5.716, σ_b = 80.52, NTK parameterisation).
 */
final class ReluNtkClaim implements Claim {

    @Override
    public String id() {
        return "kernel.relu-ntk";
    }

    @Override
    public String equation() {
        return "§3.2, Table 1";
    }

    @Override
    public String statement() {
        return "ReLU NTK: closed form = quadrature of the layer expectations, and finite-width empirical NTKs converge"
                + " to it as N^(-1/2) (widths 2^10..2^14).";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the empirical NTKs compared with the infinite-width NNGP kernel instead of the NTK");
    }

    @Override
    public CheckResult check(Budget budget) {
        double[] pts = Points.box(6, 10, 1.0, budget.seed());
        double polarWorst = 0;
        double hermiteWorst = 0;
        GaussHermiteReluExpectations hermite = new GaussHermiteReluExpectations(48);
        PolarReluExpectations polar = new PolarReluExpectations(8, 24);
        for (int depth = 1; depth <= 3; depth++) {
            for (Parameterisation p : Parameterisation.values()) {
                ReluNtk closed = ReluNtk.of(new ReluArchitecture(10, depth, 1024, 1.4, 0.3, true, p,
                        TrainedLayers.ALL));
                for (int a = 0; a < 6; a++) {
                    for (int b = a + 1; b < 6; b++) {
                        double c = closed.value(pts, 10 * a, pts, 10 * b);
                        polarWorst = Math.max(polarWorst,
                                Math.abs(closed.withExpectations(polar).value(pts, 10 * a, pts, 10 * b) / c - 1));
                        hermiteWorst = Math.max(hermiteWorst,
                                Math.abs(closed.withExpectations(hermite).value(pts, 10 * a, pts, 10 * b) / c - 1));
                    }
                }
            }
        }
        ReluArchitecture paper = ReluArchitecture.ntk(10, 1, 1, 5.716, 80.52, true);
        int[] widths = budget.quick() ? new int[] {1 << 10, 1 << 12, 1 << 14} : Points.powersOfTwo(10, 14);
        Function<Architecture, Kernel> reference = a -> budget.mutated()
                ? ReluNtk.of((ReluArchitecture) a).withOutput(ReluNtk.Output.NNGP) : FrozenKernels.of(a);
        List<ConvergenceStudy.Row> rows = new ConvergenceStudy(paper, pts, budget.scale(16, 32), budget.seed())
                .run(reference, widths);
        PowerLawFit fit = ConvergenceStudy.fit(rows);
        double worstScaled = rows.stream().mapToDouble(r -> r.rmsError() * Math.sqrt(r.width())).max().orElseThrow();
        String detail = String.format(Locale.ROOT, "closed form vs polar quadrature: max rel. diff %.1e (off-diagonal,"
                + " depths 1-3, NTK and standard); vs tensor Gauss–Hermite (48 nodes; the kinks of relu and its step derivative limit it, errors compound with depth): %.1e; Monte Carlo (Table 1"
                + " σ_w, σ_b, depth 1): %s; fitted exponent %s; max √N·error = %.2f (tolerance 3)", polarWorst,
                hermiteWorst, rows.stream().map(r -> String.format(Locale.ROOT, "N=%d %.2e", r.width(),
                        r.rmsError())).collect(Collectors.joining(", ")), fit, worstScaled);
        if (polarWorst > 1e-11) {
            return CheckResult.compare("max relative difference closed form vs polar quadrature", polarWorst, 0, 1e-11,
                    detail);
        }
        if (hermiteWorst > 0.25) {
            return CheckResult.compare("max relative difference closed form vs tensor Gauss-Hermite", hermiteWorst, 0,
                    0.25, detail);
        }
        if (worstScaled > 3) {
            return CheckResult.compare("max sqrt(N) x Monte Carlo error of the empirical NTK", worstScaled, 0, 3,
                    detail);
        }
        return CheckResult.compare("fitted exponent of the Monte Carlo error vs width", fit.exponent(), -0.5, 0.12,
                detail);
    }
}
