package org.metricflow.verification.claims.kernel;

import java.util.Arrays;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.UnitSphereRandomVectorGenerator;
import org.hipparchus.special.Gamma;
import org.metricflow.numeric.quadrature.TensorRule;

/**
 * The neural-network free scalar of the survey seed, §3.1 eqs. (11)–(12): φ(x) = C Σ_i a_i cos(b_i·x + c_i)/√(b_i² + m²)
 * with C = √(2 vol(B_Λ^d)/(σ_a² (2π)^d)), a_i ~ N(0, σ_a²/N), b_i uniform in the ball of radius Λ, c_i ~ U(−π, π).
 * Eq. (11) prints Σ_{i,j} a_i cos(b_ij x_j + c_i) (sum over coordinates outside the cosine); {@link #printed} selects
 * that reading.
 *
 * <p>Derivation (plane waves): E[φ(x)φ(y)] = C² N (σ_a²/N) ½ E_b[cos(b·(x − y))/(b² + m²)] =
 * ∫_{|p|<Λ} d^dp/(2π)^d e^{ip·(x−y)}/(p² + m²): the propagator 1/(p² + m²) cut off at Λ, normalisation included.
 */
final class FreeScalarField {

    final int d;
    final double mass;
    final double cutoff;
    final double sigmaA;
    final boolean printed;

    FreeScalarField(int d, double mass, double cutoff, double sigmaA, boolean printed) {
        this.d = d;
        this.mass = mass;
        this.cutoff = cutoff;
        this.sigmaA = sigmaA;
        this.printed = printed;
    }

    /** vol(B_Λ^d) = π^{d/2} Λ^d / Γ(d/2 + 1). */
    double ballVolume() {
        return Math.pow(Math.PI, d / 2.0) * Math.pow(cutoff, d) / Gamma.gamma(d / 2.0 + 1);
    }

    /** C² of eq. (11). */
    double prefactorSquared() {
        return 2 * ballVolume() / (sigmaA * sigmaA * Math.pow(2 * Math.PI, d));
    }

    /** The unit's feature cos(b·x + c) (or Σ_j cos(b_j x_j + c) as printed), without the amplitude. */
    double feature(double[] b, double c, double[] x) {
        if (printed) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += Math.cos(b[j] * x[j] + c);
            }
            return s;
        }
        double u = c;
        for (int j = 0; j < d; j++) {
            u += b[j] * x[j];
        }
        return Math.cos(u);
    }

    /**
     * The infinite-width two-point function E[φ(x)φ(y)] = C² σ_a² E_{b,c}[f_b(x) f_b(y)/(b² + m²)] by brute-force
     * tensor quadrature over the parameter distribution (d = 3: b in spherical coordinates, radial density 3ρ²/Λ³;
     * c uniform). With {@code kleinGordon} the operator (−Δ_x + m²) is applied first (exactly: it multiplies a plane
     * wave by b² + m²), giving the band-limited δ-function if the momentum-space propagator is 1/(p² + m²).
     */
    double twoPoint(double[] x, double[] y, boolean kleinGordon) {
        if (d != 3) {
            throw new IllegalArgumentException("the quadrature two-point function is implemented for d = 3, got " + d);
        }
        TensorRule radial = TensorRule.legendre(1, 0, cutoff, 6, 16);
        TensorRule polar = TensorRule.legendre(1, -1, 1, 4, 16);
        TensorRule azimuth = TensorRule.legendre(1, 0, 2 * Math.PI, 2, 10);
        TensorRule phase = TensorRule.legendre(1, -Math.PI, Math.PI, 1, 16);
        double[] zero = {0};
        double[] b = new double[3];
        double norm = 3 / Math.pow(cutoff, 3) / 2 / (2 * Math.PI) / (2 * Math.PI);
        double e = radial.integrate(zero, rho -> polar.integrate(zero, ct -> azimuth.integrate(zero, ph -> {
            double st = Math.sqrt(Math.max(0, 1 - ct[0] * ct[0]));
            b[0] = rho[0] * st * Math.cos(ph[0]);
            b[1] = rho[0] * st * Math.sin(ph[0]);
            b[2] = rho[0] * ct[0];
            double b2 = rho[0] * rho[0];
            double weight = rho[0] * rho[0] * (kleinGordon ? 1.0 : 1.0 / (b2 + mass * mass));
            return weight * phase.integrate(zero, c -> feature(b, c[0], x) * feature(b, c[0], y));
        })));
        return prefactorSquared() * sigmaA * sigmaA * norm * e;
    }

    /** Draws one network of the given width and evaluates it at the points (flat, d each) into out. */
    void sample(int width, RandomGenerator rng, double[] points, double[] out) {
        UnitSphereRandomVectorGenerator dir = new UnitSphereRandomVectorGenerator(d, rng);
        double c0 = Math.sqrt(prefactorSquared());
        int n = points.length / d;
        Arrays.fill(out, 0, n, 0.0);
        double[] x = new double[d];
        for (int i = 0; i < width; i++) {
            double a = sigmaA / Math.sqrt(width) * rng.nextGaussian();
            double radius = cutoff * Math.pow(rng.nextDouble(), 1.0 / d);
            double[] u = dir.nextVector();
            double[] b = new double[d];
            double b2 = 0;
            for (int j = 0; j < d; j++) {
                b[j] = radius * u[j];
                b2 += b[j] * b[j];
            }
            double c = Math.PI * (2 * rng.nextDouble() - 1);
            double amp = c0 * a / Math.sqrt(b2 + mass * mass);
            for (int k = 0; k < n; k++) {
                System.arraycopy(points, k * d, x, 0, d);
                out[k] += amp * feature(b, c, x);
            }
        }
    }
}
