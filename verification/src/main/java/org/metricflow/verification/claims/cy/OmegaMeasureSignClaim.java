package org.metricflow.verification.claims.cy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.complex.Complex;
import org.metricflow.verification.Budget;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.Claim;
import org.metricflow.verification.Mutation;

/**
 * The volume form μ_CY = (−i)^n Ω∧Ω̄ stated before eq. (B.10) is negative for curves and K3 surfaces; the positive
 * form for every n is (i/2)^n (−1)^{n(n−1)/2} Ω∧Ω̄ = |f|² d^{2n}x (equivalently i^{n²} Ω∧Ω̄ up to 2^n). Checked
 * by expanding Ω∧Ω̄ for Ω = dz_1∧…∧dz_n in the exterior algebra of dx_1, dy_1, …, dx_n, dy_n.
 */
public final class OmegaMeasureSignClaim implements Claim {

    @Override
    public String id() {
        return "cy.omega-measure-sign";
    }

    @Override
    public String equation() {
        return "App. B, before eq. (B.10)";
    }

    @Override
    public String statement() {
        return "mu_CY = (-i)^n Omega^Omegabar is a positive volume form only for n = 3, 4 (mod 4); "
                + "(i/2)^n (-1)^{n(n-1)/2} Omega^Omegabar = |f|^2 dx1^dy1^...^dxn^dyn for every n";
    }

    @Override
    public Mutation mutation() {
        return Mutation.planted("the paper's (-i)^n Omega^Omegabar in place of the corrected measure");
    }

    @Override
    public CheckResult check(Budget budget) {
        double worst = 0;
        List<String> paper = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            Complex c = topCoefficient(n);
            Complex paperForm = Complex.I.negate().pow(n).multiply(c);
            Complex corrected = Complex.I.multiply(0.5).pow(n).multiply(((n * (n - 1) / 2) % 2 == 0) ? 1 : -1)
                    .multiply(c);
            worst = Math.max(worst, budget.planted(corrected, paperForm).subtract(Complex.ONE).norm());
            paper.add("n=" + n + ": " + fmt(paperForm));
        }
        return CheckResult.erratum("max |coefficient of (i/2)^n (-1)^{n(n-1)/2} Omega^Omegabar - 1|, n = 1..4", worst,
                0, 1e-14, "paper's (-i)^n Omega^Omegabar in units of dx1^dy1^..: " + String.join(", ", paper)
                        + " (negative for curves and K3 surfaces)",
                "mu_CY = (i/2)^n (-1)^{n(n-1)/2} Omega ^ Omegabar = |f|^2 d^{2n}x  (= i^{n^2} 2^{-n} Omega ^ Omegabar)");
    }

    private static String fmt(Complex c) {
        return Math.abs(c.getImaginary()) < 1e-12 ? String.valueOf(c.getReal()) : c.toString();
    }

    /** Coefficient of dx_1∧dy_1∧…∧dx_n∧dy_n in dz_1∧…∧dz_n∧dz̄_1∧…∧dz̄_n. */
    static Complex topCoefficient(int n) {
        Map<Integer, Complex> form = Map.of(0, Complex.ONE);
        for (int a = 0; a < n; a++) {
            form = wedge(form, oneForm(a, 1));
        }
        for (int a = 0; a < n; a++) {
            form = wedge(form, oneForm(a, -1));
        }
        return form.getOrDefault((1 << (2 * n)) - 1, Complex.ZERO);
    }

    /** dx_a ± i dy_a, with dx_a the basis 1-form 2a and dy_a the basis 1-form 2a+1. */
    private static Map<Integer, Complex> oneForm(int a, int sign) {
        return Map.of(1 << (2 * a), Complex.ONE, 1 << (2 * a + 1), new Complex(0, sign));
    }

    private static Map<Integer, Complex> wedge(Map<Integer, Complex> x, Map<Integer, Complex> y) {
        Map<Integer, Complex> out = new HashMap<>();
        for (var a : x.entrySet()) {
            for (var b : y.entrySet()) {
                if ((a.getKey() & b.getKey()) != 0) {
                    continue;
                }
                // sign of sorting the concatenation: count pairs (i in a, j in b) with i > j
                int swaps = 0;
                for (int j = 0; j < 32; j++) {
                    if ((b.getKey() >> j & 1) == 1) {
                        swaps += Integer.bitCount(a.getKey() >>> (j + 1));
                    }
                }
                Complex v = a.getValue().multiply(b.getValue()).multiply(swaps % 2 == 0 ? 1 : -1);
                out.merge(a.getKey() | b.getKey(), v, Complex::add);
            }
        }
        return out;
    }
}
