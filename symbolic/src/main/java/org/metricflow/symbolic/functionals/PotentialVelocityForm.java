package org.metricflow.symbolic.functionals;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.KahlerGeometry;

/**
 * The velocity of a Kähler potential flow of Appendix B as a combination of the metric's invariants,
 * <pre>  ∂_t φ = a (ln det g − ln det g⁰) + b R   (up to a constant, which does not move g = g⁰ + ∂∂̄φ),</pre>
 * with R = −g^{ab̄}∂_a∂̄_b ln det g ({@link KahlerGeometry#scalar()}) and g⁰ a Ricci-flat background (on a
 * Calabi–Yau X, det g⁰ ∝ |Ω|² in every chart, so ln det g − ln det g⁰ = ln(det g/|Ω|²) + const, chart independent).
 * The one statement of each flow's velocity: {@link KahlerRicci} and {@link Calabi} build their symbolic
 * {@code potentialVelocity()} from it, and numeric flows on X evaluate the same combination pointwise.
 *
 * @param logVolumeRatio a, the coefficient of ln(det g/det g⁰)
 * @param scalar         b, the coefficient of R
 */
public record PotentialVelocityForm(int logVolumeRatio, int scalar) {

    /** The velocity as an expression in φ for the geometry {@code g} over the background {@code g0}. */
    public Sym apply(KahlerGeometry g, KahlerGeometry g0) {
        List<Sym> terms = new ArrayList<>();
        if (logVolumeRatio != 0) {
            Sym ratio = g.determinant().log().minus(g0.determinant().log());
            terms.add(logVolumeRatio == 1 ? ratio : ratio.times(logVolumeRatio));
        }
        if (scalar != 0) {
            terms.add(scalar == 1 ? g.scalar() : g.scalar().times(scalar));
        }
        if (terms.isEmpty()) {
            return Sym.ZERO;
        }
        Sym v = terms.size() == 1 ? terms.get(0) : Sym.sum(terms);
        return scalar == 0 ? Simplification.RATIONAL.apply(v) : v;
    }
}
