package org.metricflow.flows.quintic;

import java.util.List;
import java.util.function.UnaryOperator;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.SymMatrices;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.codegen.Codegen;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.functionals.MongeAmpere;

/**
 * The local loss l(η) of a kernel flow on a Calabi–Yau, η = det g/(κ|Ω|²) (paper B.11), as symbolic expressions:
 * l as a function of the symbol {@value MongeAmpere#ETA}, the density l(c det g) handed to the code generator (det g
 * of the Hermitian 3×3 matrix with entries g_aa, x_ab ± i y_ab in the 9 real components of
 * {@link HermitianComponents}, computed by {@link SymMatrices#determinant}; c = 1/(κ|Ω|²) per point), and
 * l′(η) by symbolic differentiation, compiled ({@link #slopes}).
 */
public enum SigmaLoss {
    /**
     * l = |1 − η|, whose μ_Ω-average is σ (B.11). Written √((η − 1)²) because the code generator cannot
     * differentiate Abs; its derivative is sgn(η − 1)∇η (0/0 at η = 1 exactly, where the flow uses the
     * subgradient 0).
     */
    ABSOLUTE(eta -> eta.minus(Sym.ONE).pow(2).sqrt()),
    /** l = (η − 1)², the smooth surrogate. */
    SQUARED(eta -> eta.minus(Sym.ONE).pow(2));

    /** Name of the per-point constant 1/(κ|Ω|²) in {@link #density()}. */
    static final String CONSTANT = "c";

    private final UnaryOperator<Sym> ofEta;
    private volatile CompiledFunction slope;

    SigmaLoss(UnaryOperator<Sym> ofEta) {
        this.ofEta = ofEta;
    }

    /** l as an expression in the symbol {@value MongeAmpere#ETA}. */
    public Sym ofEta() {
        return ofEta.apply(Sym.symbol(MongeAmpere.ETA));
    }

    /** The density l(c det g) in the 9 real components of {@link HermitianComponents} and the constant c. */
    public Sym density() {
        return ofEta().replace(Sym.symbol(MongeAmpere.ETA), Sym.symbol(CONSTANT).times(determinant()));
    }

    /** l′(η), differentiated symbolically. */
    public Sym derivative() {
        return ofEta().d(Sym.symbol(MongeAmpere.ETA));
    }

    /**
     * det g of the Hermitian matrix g_aa, g_ab = x_ab + i y_ab, g_ba = x_ab − i y_ab (a < b) in the components of
     * {@link HermitianComponents}, multiplied out (real: the imaginary parts cancel).
     */
    static Sym determinant() {
        String[] names = HermitianComponents.NAMES;
        Sym[][] g = new Sym[3][3];
        for (int a = 0; a < 3; a++) {
            g[a][a] = Sym.symbol(names[a]);
        }
        int k = 3;
        for (int a = 0; a < 3; a++) {
            for (int b = a + 1; b < 3; b++) {
                Sym x = Sym.symbol(names[k++]);
                Sym iy = Sym.I.times(Sym.symbol(names[k++]));
                g[a][b] = x.plus(iy);
                g[b][a] = x.minus(iy);
            }
        }
        return SymMatrices.determinant(g).expand();
    }

    /**
     * l′(η_k) for k < n by the compiled {@link #derivative()}, into {@code out}; non-finite values (0/0 of |1 − η| at
     * η = 1 exactly) become the subgradient 0. Compiled on first use; thread-safe.
     */
    public void slopes(double[] eta, double[] out, int n) {
        CompiledFunction f = slope;
        if (f == null) {
            synchronized (this) {
                f = slope;
                if (f == null) {
                    f = Codegen.compile(List.of(derivative()), List.of("dl_deta"),
                            Variables.of(List.of(MongeAmpere.ETA)));
                    slope = f;
                }
            }
        }
        f.evaluateBatch(eta, out, n);
        for (int k = 0; k < n; k++) {
            if (!Double.isFinite(out[k])) {
                out[k] = 0;
            }
        }
    }
}
