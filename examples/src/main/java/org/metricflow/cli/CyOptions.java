package org.metricflow.cli;

import java.util.Map;
import org.hipparchus.complex.Complex;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.kahler.MonomialBasis;
import org.metricflow.numeric.kahler.TOperator;
import org.metricflow.numeric.manifold.HomogeneousPolynomial;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sampling.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;
import picocli.CommandLine.Option;

/** Options shared by the {@code cy} subcommands: the hypersurface, seed, threads and the unseen test points. */
final class CyOptions {

    @Option(names = "--manifold", defaultValue = "fermat-quintic", paramLabel = "NAME",
            description = "fermat-quintic, fermat-cubic, fermat-quartic or dwork (default fermat-quintic).")
    String manifold;

    @Option(names = "--psi", defaultValue = "0", paramLabel = "PSI",
            description = "Dwork parameter psi (real or complex; psi^5 = 1 is singular and refused); default 0.")
    String psi;

    @Option(names = "--polynomial", paramLabel = "TEXT",
            description = "Any homogeneous polynomial of degree n+1 instead of --manifold (psi from --psi).")
    String polynomial;

    @Option(names = "--coordinates", defaultValue = "0", paramLabel = "N",
            description = "Coordinates of --polynomial (default: largest index used + 1).")
    int coordinates;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the samples (training S, test S+1, balancing S+2); default 1.")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--test-points", defaultValue = "20000", paramLabel = "N",
            description = "Unseen points for sigma, kappa and the volume (default 20000).")
    int testPoints;

    /** Distance of psi^5 from 1 below which the Dwork member is refused as singular. */
    static final double SINGULAR_DWORK = 1e-6;

    int threads() {
        int t = threads == null ? Parallel.defaultThreads() : threads;
        if (t < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + t);
        }
        return t;
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
        if (points < 1) {
            throw new IllegalArgumentException("number of points must be >= 1, got " + points);
        }
        return new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(seed + seedOffset)
                .withThreads(threads())).sample(points);
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
