package org.metricflow.cli;

import java.util.Map;
import org.hipparchus.complex.Complex;
import org.metricflow.numeric.kahler.MonomialBasis;
import org.metricflow.numeric.kahler.TOperator;
import org.metricflow.numeric.manifold.HomogeneousPolynomial;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointSample;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** Options shared by the {@code cy} subcommands: the hypersurface, and (nested) seed, threads and test points. */
final class CyOptions {

    @Option(names = "--manifold", defaultValue = "fermat-quintic", paramLabel = "NAME",
            description = "fermat-quintic, fermat-cubic, fermat-quartic or dwork.")
    String manifold;

    @Option(names = "--psi", defaultValue = "0", paramLabel = "PSI",
            description = "Dwork parameter psi (real or complex; psi^5 = 1 is singular and refused).")
    String psi;

    @Option(names = "--polynomial", paramLabel = "TEXT",
            description = "Any homogeneous polynomial of degree n+1 instead of --manifold (psi from --psi).")
    String polynomial;

    @Option(names = "--coordinates", defaultValue = "0", paramLabel = "N", showDefaultValue = Visibility.NEVER,
            description = "Coordinates of --polynomial (default: largest index used + 1).")
    int coordinates;

    @Mixin
    CySampleOptions sampling = new CySampleOptions();

    /** Distance of psi^5 from 1 below which the Dwork member is refused as singular. */
    static final double SINGULAR_DWORK = 1e-6;

    int threads() {
        return sampling.threads();
    }

    /**
     * The hypersurface, refused when it is not Calabi–Yau (degree ≠ n+1) or a singular Dwork member (ψ⁵ = 1).
     */
    ProjectiveHypersurface hypersurface() {
        Complex p = dworkPsi(psi);
        ProjectiveHypersurface x;
        if (polynomial != null) {
            x = new ProjectiveHypersurface(HomogeneousPolynomial.parse(polynomial, coordinates, Map.of("psi", p)),
                    "polynomial " + polynomial);
        } else {
            x = switch (SampleCommand.Manifold.parse(manifold)) {
                case FERMAT_QUINTIC -> ProjectiveHypersurface.fermatQuintic();
                case FERMAT_CUBIC -> ProjectiveHypersurface.fermatCubic();
                case FERMAT_QUARTIC -> ProjectiveHypersurface.fermatQuartic();
                case DWORK -> ProjectiveHypersurface.dwork(p);
            };
        }
        if (!x.isCalabiYau()) {
            throw new IllegalArgumentException("the polynomial has degree " + x.degree() + " but " + x.coordinates()
                    + " coordinates: metric flows need a Calabi-Yau hypersurface (degree n+1 = " + x.coordinates()
                    + ")");
        }
        return x;
    }

    /** ψ parsed, refused when ψ⁵ = 1 (the conifold members of the Dwork family). */
    static Complex dworkPsi(String text) {
        Complex p;
        try {
            p = HomogeneousPolynomial.parseConstant(text, Map.of());
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("--psi '" + text + "' is not a complex number (e.g. 0.5 or 0.5+0.2*i)");
        }
        if (p.pow(5).subtract(1).norm() < SINGULAR_DWORK) {
            throw new IllegalArgumentException("--psi " + text + ": psi^5 = 1, the Dwork quintic is singular there "
                    + "(conifold)");
        }
        return p;
    }

    /** Points of x for this seed offset. */
    PointSample sample(ProjectiveHypersurface x, int points, long seedOffset) {
        return sampling.sample(x, points, seedOffset);
    }

    /** Refuses k before sampling when {@code points} cannot support the basis (fewer than N_k²). */
    static MonomialBasis basis(ProjectiveHypersurface x, int k, int points) {
        if (k < 1 || k > 12) {
            throw new IllegalArgumentException("--k must be in [1, 12], got " + k);
        }
        MonomialBasis b = MonomialBasis.of(x, k);
        TOperator.requireEnoughPoints(b.size(), points, k);
        return b;
    }
}
