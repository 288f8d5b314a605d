package org.metricflow.numeric.kernel;

import java.util.Arrays;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.metricflow.numeric.Inputs;

/**
 * The ReLU layer expectations by quadrature in polar coordinates of the standard normal z = r(cos φ, sin φ), with
 * u = √k11 z1, v = √k22 (ρ z1 + √(1 − ρ²) z2): E[F] = (1/2π) ∫_0^{2π} dφ ∫_0^∞ dr r e^{−r²/2} F. The angular range is
 * split at the four rays where u = 0 or v = 0 (the kinks of relu and its derivative), so each panel is smooth and
 * Gauss–Legendre converges spectrally; the radial integral is Gauss–Laguerre in x = r²/2. A numerical route
 * independent of the arc-cosine closed form (which it reproduces to ~1e-15).
 */
public final class PolarReluExpectations extends CorrelatedReluQuadrature {

    private final GaussIntegrator laguerre;
    private final GaussIntegrator legendre;

    /** {@code radialPoints} Laguerre nodes (2..40), {@code angularPoints} Legendre nodes per angular panel (2..64). */
    public PolarReluExpectations(int radialPoints, int angularPoints) {
        Inputs.requireRange("radialPoints", radialPoints, 2, 40);
        Inputs.requireRange("angularPoints", angularPoints, 2, 64);
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        this.laguerre = factory.laguerre(radialPoints);
        this.legendre = factory.legendre(angularPoints);
    }

    @Override
    void integrate(double s1, double s2, double rho, double perp, double[] out) {
        // v = 0 on the rays φ = β ± π/2 with β = atan2(perp, ρ); u = 0 on φ = ±π/2
        double beta = Math.atan2(perp, rho);
        double[] cuts = {normalise(Math.PI / 2), normalise(-Math.PI / 2), normalise(beta + Math.PI / 2),
            normalise(beta - Math.PI / 2)};
        Arrays.sort(cuts);
        double t = 0;
        double tDot = 0;
        for (int p = 0; p < cuts.length; p++) {
            double lo = cuts[p];
            double hi = p + 1 < cuts.length ? cuts[p + 1] : cuts[0] + 2 * Math.PI;
            if (hi - lo < 1e-300) {
                continue;
            }
            double half = 0.5 * (hi - lo);
            for (int i = 0; i < legendre.getNumberOfPoints(); i++) {
                double phi = lo + half * (legendre.getPoint(i) + 1);
                double c = Math.cos(phi);
                double s = Math.sin(phi);
                for (int k = 0; k < laguerre.getNumberOfPoints(); k++) {
                    double r = Math.sqrt(2 * laguerre.getPoint(k));
                    double u = s1 * r * c;
                    double v = s2 * r * (rho * c + perp * s);
                    double w = half * legendre.getWeight(i) * laguerre.getWeight(k) / (2 * Math.PI);
                    if (u > 0 && v > 0) {
                        t += w * u * v;
                        tDot += w;
                    }
                }
            }
        }
        out[0] = t;
        out[1] = tDot;
    }

    private static double normalise(double phi) {
        double twoPi = 2 * Math.PI;
        double r = phi % twoPi;
        return r < 0 ? r + twoPi : r;
    }
}
