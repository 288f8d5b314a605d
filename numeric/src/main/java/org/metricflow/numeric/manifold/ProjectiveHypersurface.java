package org.metricflow.numeric.manifold;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hipparchus.complex.Complex;
import org.hipparchus.util.CombinatoricsUtils;

/**
 * A hypersurface X = {p(z) = 0} ⊂ P^n of complex dimension d = n − 1, p homogeneous of degree k.
 *
 * <p>X is Calabi–Yau (trivial canonical bundle, a global holomorphic top form Ω) exactly when k = n + 1; for other
 * degrees the residue Ω is a section of a line bundle and |Ω|² depends on the patch ({@link #calabiYauWarning()}).
 * Smoothness is not decided here; the sampler rejects a polynomial that is singular on its sample.
 */
public final class ProjectiveHypersurface {

    private final HomogeneousPolynomial polynomial;
    private final String name;

    /**
     * @param polynomial defining polynomial in n+1 ≥ 3 coordinates (a curve or more)
     * @param name       short human-readable name
     */
    public ProjectiveHypersurface(HomogeneousPolynomial polynomial, String name) {
        this.polynomial = Objects.requireNonNull(polynomial, "polynomial");
        this.name = Objects.requireNonNull(name, "name");
        if (polynomial.coordinates() < 3) {
            throw new IllegalArgumentException("a hypersurface of positive dimension needs >= 3 homogeneous "
                    + "coordinates (P^2 or larger), got " + polynomial.coordinates());
        }
    }

    /** The Fermat hypersurface Σ_i z_i^k = 0 in P^{k−1} (Calabi–Yau), for k ≥ 3 coordinates. */
    public static ProjectiveHypersurface fermat(int coordinates) {
        if (coordinates < 3) {
            throw new IllegalArgumentException("Fermat hypersurface needs >= 3 coordinates, got " + coordinates);
        }
        int[][] ex = new int[coordinates][coordinates];
        Complex[] co = new Complex[coordinates];
        for (int i = 0; i < coordinates; i++) {
            ex[i][i] = coordinates;
            co[i] = Complex.ONE;
        }
        return new ProjectiveHypersurface(HomogeneousPolynomial.of(coordinates, ex, co), "Fermat degree-"
                + coordinates + " in P^" + (coordinates - 1));
    }

    /** The Fermat quintic Σ z_i^5 = 0 in P^4, paper eq. (3.1). */
    public static ProjectiveHypersurface fermatQuintic() {
        return fermat(5);
    }

    /** The Fermat cubic curve x³ + y³ + z³ = 0 in P² (a flat torus in its Calabi–Yau metric). */
    public static ProjectiveHypersurface fermatCubic() {
        return fermat(3);
    }

    /** The Fermat quartic K3 surface Σ z_i^4 = 0 in P³. */
    public static ProjectiveHypersurface fermatQuartic() {
        return fermat(4);
    }

    /** The Dwork family Σ z_i^5 − 5ψ Π z_i = 0 in P^4 (ψ = 0: Fermat; ψ^5 = 1: conifold, singular). */
    public static ProjectiveHypersurface dwork(Complex psi) {
        Objects.requireNonNull(psi, "psi");
        HomogeneousPolynomial p = HomogeneousPolynomial.parse("z0^5+z1^5+z2^5+z3^5+z4^5-5*psi*z0*z1*z2*z3*z4", 5,
                Map.of("psi", psi));
        return new ProjectiveHypersurface(p, "Dwork quintic psi=" + psi);
    }

    public HomogeneousPolynomial polynomial() {
        return polynomial;
    }

    public String name() {
        return name;
    }

    /** Number n+1 of homogeneous coordinates. */
    public int coordinates() {
        return polynomial.coordinates();
    }

    /** Complex dimension d = n − 1. */
    public int dimension() {
        return polynomial.coordinates() - 2;
    }

    /** Degree k of p. */
    public int degree() {
        return polynomial.degree();
    }

    /** Whether k = n + 1 (anticanonical hypersurface: Calabi–Yau when smooth). */
    public boolean isCalabiYau() {
        return degree() == coordinates();
    }

    /** A warning text when the degree is not n + 1, empty otherwise. */
    public Optional<String> calabiYauWarning() {
        if (isCalabiYau()) {
            return Optional.empty();
        }
        return Optional.of("degree " + degree() + " != n+1 = " + coordinates() + ": not Calabi-Yau; Omega is a "
                + "section of O(" + (degree() - coordinates()) + ") and |Omega|^2, kappa, sigma depend on the patch");
    }

    /**
     * Fubini–Study volume ∫_X J^d/d! = k/d! for J = (i/2) g dz∧dz̄ with g = (1/π)∂∂̄ ln|z|² (J is the hyperplane
     * class, ∫_X J^d = deg X). Exact for every smooth hypersurface of degree k.
     */
    public double volumeFubiniStudy() {
        return degree() / (double) CombinatoricsUtils.factorial(dimension());
    }

    @Override
    public String toString() {
        return name + ": " + polynomial;
    }
}
