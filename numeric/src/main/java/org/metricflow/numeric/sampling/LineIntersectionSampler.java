package org.metricflow.numeric.sampling;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.metricflow.numeric.Parallel;
import org.metricflow.numeric.manifold.PolynomialEvaluator;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sample.PointGeometry;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sample.RejectionReason;
import org.metricflow.numeric.sample.Rejections;

/**
 * Samples points of a hypersurface X = {p = 0} ⊂ P^n from the Fubini–Study measure by intersecting X with random
 * lines (cymetric's algorithm, Shiffman–Zelditch): a, b uniform on S^{2n+1} ⊂ C^{n+1} (normalised Gaussians) span a
 * line whose law is the unitarily invariant measure on lines, so the deg p intersection points are, on average,
 * distributed as dvol_FS restricted to X. Each line gives the roots of P(t) = p(a + t b) (Aberth iteration, EJML
 * companion eigenvalues as fallback), Newton-polished along the line until |p(z)|/‖c‖₁ ≤ 1e-12 at max|z_i| = 1.
 *
 * <p>Every candidate passes the checks listed in {@link RejectionReason} or is counted in {@link Rejections}; none
 * is kept silently. A polynomial that is singular on its sample (∇p = 0 at more than
 * {@link SamplerOptions#maxSingularFraction()} of the candidates) is rejected with {@link IllegalArgumentException}.
 */
public final class LineIntersectionSampler {

    private static final int MAX_POLISH_STEPS = 8;
    private static final double MULTIPLE_ROOT = 1e-6;
    private static final double DEGENERATE_LEAD = 1e-13;

    private final ProjectiveHypersurface manifold;
    private final SamplerOptions options;

    public LineIntersectionSampler(ProjectiveHypersurface manifold, SamplerOptions options) {
        this.manifold = Objects.requireNonNull(manifold, "manifold");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Draws exactly {@code points} accepted points. The first k points of a sample are the sample of size k (same
     * seed and chunk size).
     *
     * @throws IllegalArgumentException when {@code points < 1} or p is singular on the sample
     */
    public PointSample sample(int points) {
        if (points < 1) {
            throw new IllegalArgumentException("number of points must be >= 1, got " + points);
        }
        int deg = manifold.degree();
        long perChunk = (long) options.linesPerChunk() * deg;
        List<Chunk> chunks = new ArrayList<>();
        long have = 0;
        int next = 0;
        Rejections tally = Rejections.none();
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
        while (have < points) {
            int wave = (int) Math.max(1, Math.ceil((points - have) * 1.02 / perChunk));
            Chunk[] out = new Chunk[wave];
            int first = next;
            Parallel.forEachChunk(wave, options.threads(), c -> out[c] = workers.get().generate(first + c));
            next += wave;
            long accepted = 0;
            for (Chunk c : out) {
                chunks.add(c);
                accepted += c.count;
                tally = tally.plus(c.rejections());
            }
            checkSingular(tally, chunks);
            if (accepted == 0) {
                throw new IllegalArgumentException("no point of " + manifold.name() + " passed the checks in "
                        + tally.lines() + " random lines; rejections: " + tally.byReason());
            }
            have += accepted;
        }
        return assemble(chunks, points, tally);
    }

    private void checkSingular(Rejections tally, List<Chunk> chunks) {
        long singular = tally.count(RejectionReason.SINGULAR_POINT);
        long candidates = singular + chunks.stream().mapToLong(c -> c.count).sum();
        if (singular > 0 && singular > options.maxSingularFraction() * candidates) {
            double[] example = chunks.stream().filter(c -> c.singularExample != null).findFirst()
                    .map(c -> c.singularExample).orElseThrow();
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the polynomial %s is singular on its sample: grad p = 0 at %d of %d intersection points "
                            + "(%.1f%%), e.g. z = %s; is there a repeated factor?",
                    manifold.polynomial(), singular, candidates, 100.0 * singular / candidates,
                    formatPoint(example, manifold.coordinates())));
        }
    }

    private static String formatPoint(double[] z, int n1) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < n1; i++) {
            sb.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.4g%+.4gi", z[i], z[n1 + i]));
        }
        return sb.append(')').toString();
    }

    private PointSample assemble(List<Chunk> chunks, int n, Rejections tally) {
        int n1 = manifold.coordinates();
        int d = manifold.dimension();
        int g2 = 2 * d * d;
        double[] pts = new double[n * 2 * n1];
        double[] w = new double[n];
        double[] om = new double[2 * n];
        int[] patch = new int[n];
        int[] elim = new int[n];
        double[] metric = new double[n * g2];
        int[] line = new int[n];
        int at = 0;
        for (Chunk c : chunks) {
            int take = Math.min(c.count, n - at);
            if (take <= 0) {
                break;
            }
            System.arraycopy(c.points, 0, pts, at * 2 * n1, take * 2 * n1);
            System.arraycopy(c.weights, 0, w, at, take);
            System.arraycopy(c.omega, 0, om, 2 * at, 2 * take);
            System.arraycopy(c.patch, 0, patch, at, take);
            System.arraycopy(c.eliminated, 0, elim, at, take);
            System.arraycopy(c.metric, 0, metric, at * g2, take * g2);
            System.arraycopy(c.line, 0, line, at, take);
            at += take;
        }
        return new PointSample(manifold, pts, w, om, patch, elim, metric, line, tally);
    }

    /** Accepted points of one chunk of lines. */
    private static final class Chunk {
        double[] points;
        double[] weights;
        double[] omega;
        double[] metric;
        int[] patch;
        int[] eliminated;
        int[] line;
        int count;
        long lines;
        int degree;
        long[] rejected = new long[RejectionReason.values().length];
        double[] singularExample;

        Rejections rejections() {
            EnumMap<RejectionReason, Long> m = new EnumMap<>(RejectionReason.class);
            for (RejectionReason r : RejectionReason.values()) {
                if (rejected[r.ordinal()] > 0) {
                    m.put(r, rejected[r.ordinal()]);
                }
            }
            return new Rejections(lines, lines * degree, m);
        }
    }

    /** Per-thread workspace. */
    private final class Worker {
        final int n1 = manifold.coordinates();
        final int deg = manifold.degree();
        final int g2 = 2 * manifold.dimension() * manifold.dimension();
        final PolynomialEvaluator eval = manifold.polynomial().evaluator();
        final PointGeometry geometry = new PointGeometry(manifold);
        final LinePolynomial linePolynomial = new LinePolynomial(manifold.polynomial());
        final PolynomialRoots fast = new AberthRoots(deg);
        final PolynomialRoots fallback = new CompanionEigenRoots(deg);
        final double[] aRe = new double[n1];
        final double[] aIm = new double[n1];
        final double[] bRe = new double[n1];
        final double[] bIm = new double[n1];
        final double[] cRe = new double[deg + 1];
        final double[] cIm = new double[deg + 1];
        final double[] tRe = new double[deg];
        final double[] tIm = new double[deg];
        final double[] zRe = new double[n1];
        final double[] zIm = new double[n1];
        final double[] z = new double[2 * n1];

        Chunk generate(int chunkIndex) {
            int lines = options.linesPerChunk();
            int cap = lines * deg;
            Chunk c = new Chunk();
            c.degree = deg;
            c.points = new double[cap * 2 * n1];
            c.weights = new double[cap];
            c.omega = new double[2 * cap];
            c.metric = new double[cap * g2];
            c.patch = new int[cap];
            c.eliminated = new int[cap];
            c.line = new int[cap];
            c.lines = lines;
            long seed = options.seed();
            RandomGenerator rng = new Well19937c(new int[] {(int) (seed >>> 32), (int) seed, chunkIndex});
            for (int l = 0; l < lines; l++) {
                sphere(rng, aRe, aIm);
                sphere(rng, bRe, bIm);
                line(c, chunkIndex * lines + l);
            }
            return c;
        }

        private void sphere(RandomGenerator rng, double[] re, double[] im) {
            double s = 0;
            for (int i = 0; i < n1; i++) {
                re[i] = rng.nextGaussian();
                im[i] = rng.nextGaussian();
                s += re[i] * re[i] + im[i] * im[i];
            }
            double inv = 1 / Math.sqrt(s);
            for (int i = 0; i < n1; i++) {
                re[i] *= inv;
                im[i] *= inv;
            }
        }

        private void line(Chunk c, int lineIndex) {
            linePolynomial.coefficients(aRe, aIm, bRe, bIm, cRe, cIm);
            double sum = 0;
            for (int k = 0; k <= deg; k++) {
                sum += abs(cRe[k], cIm[k]);
            }
            if (!(abs(cRe[deg], cIm[deg]) > DEGENERATE_LEAD * sum)) {
                c.rejected[RejectionReason.DEGENERATE_LINE.ordinal()] += deg;
                return;
            }
            if (!fast.solve(cRe, cIm, deg, tRe, tIm) && !fallback.solve(cRe, cIm, deg, tRe, tIm)) {
                c.rejected[RejectionReason.ROOTS_NOT_CONVERGED.ordinal()] += deg;
                return;
            }
            for (int k = 0; k < deg; k++) {
                if (isMultiple(k)) {
                    singular(c, tRe[k], tIm[k]);
                    continue;
                }
                if (geometryAt(tRe[k], tIm[k]) > options.polishTolerance()) {
                    polish(k);
                    geometryAt(tRe[k], tIm[k]);
                }
                if (geometry.residual() > options.acceptTolerance()) {
                    c.rejected[RejectionReason.RESIDUAL.ordinal()]++;
                    continue;
                }
                if (geometry.gradientRatio() < options.singularTolerance()) {
                    singular(c, tRe[k], tIm[k]);
                    continue;
                }
                if (!valid()) {
                    c.rejected[RejectionReason.INVALID_GEOMETRY.ordinal()]++;
                    continue;
                }
                store(c, lineIndex);
            }
        }

        private boolean valid() {
            double w = geometry.weight();
            return geometry.det() > 0 && w > 0 && Double.isFinite(w) && Double.isFinite(geometry.omegaRe())
                    && Double.isFinite(geometry.omegaIm());
        }

        /** Whether root k of the line coincides with another one (an intersection of multiplicity ≥ 2). */
        private boolean isMultiple(int k) {
            for (int j = 0; j < deg; j++) {
                double sep = abs(tRe[k] - tRe[j], tIm[k] - tIm[j]);
                if (j != k && sep <= MULTIPLE_ROOT * (1 + abs(tRe[k], tIm[k]))) {
                    return true;
                }
            }
            return false;
        }

        private void singular(Chunk c, double tr, double ti) {
            c.rejected[RejectionReason.SINGULAR_POINT.ordinal()]++;
            if (c.singularExample == null) {
                pointOnLine(tr, ti);
                double[] ex = new double[2 * n1];
                System.arraycopy(zRe, 0, ex, 0, n1);
                System.arraycopy(zIm, 0, ex, n1, n1);
                c.singularExample = ex;
            }
        }

        /** Newton on t ↦ p(a + t b) with p evaluated at the rescaled point; keeps the best iterate. */
        private void polish(int k) {
            double tr = tRe[k];
            double ti = tIm[k];
            double bestRel = Double.POSITIVE_INFINITY;
            double bestTr = tr;
            double bestTi = ti;
            for (int step = 0; step <= MAX_POLISH_STEPS; step++) {
                double lambda = pointOnLine(tr, ti);
                eval.evaluate(zRe, zIm, 0);
                double rel = abs(eval.valueRe(), eval.valueIm()) / eval.coefficientNorm();
                if (!(rel < bestRel)) {
                    break;
                }
                bestRel = rel;
                bestTr = tr;
                bestTi = ti;
                if (rel <= options.polishTolerance() || step == MAX_POLISH_STEPS) {
                    break;
                }
                double dr = 0;
                double di = 0;
                for (int i = 0; i < n1; i++) {
                    dr += eval.gradRe(i) * bRe[i] - eval.gradIm(i) * bIm[i];
                    di += eval.gradRe(i) * bIm[i] + eval.gradIm(i) * bRe[i];
                }
                double dd = (dr * dr + di * di) * lambda;
                if (!(dd > 0)) {
                    break;
                }
                double pr = eval.valueRe();
                double pi = eval.valueIm();
                tr -= (pr * dr + pi * di) / dd;
                ti -= (pi * dr - pr * di) / dd;
            }
            tRe[k] = bestTr;
            tIm[k] = bestTi;
        }

        /** z = (a + t b)/max|z_i| into zRe/zIm; returns the scale factor λ = 1/max|z_i|. */
        private double pointOnLine(double tr, double ti) {
            double mx = 0;
            for (int i = 0; i < n1; i++) {
                double xr = aRe[i] + tr * bRe[i] - ti * bIm[i];
                double xi = aIm[i] + tr * bIm[i] + ti * bRe[i];
                zRe[i] = xr;
                zIm[i] = xi;
                mx = Math.max(mx, xr * xr + xi * xi);
            }
            double lambda = 1 / Math.sqrt(mx);
            for (int i = 0; i < n1; i++) {
                zRe[i] *= lambda;
                zIm[i] *= lambda;
            }
            return lambda;
        }

        /** Loads the point a + t b into the geometry workspace; returns its relative residual. */
        private double geometryAt(double tr, double ti) {
            pointOnLine(tr, ti);
            System.arraycopy(zRe, 0, z, 0, n1);
            System.arraycopy(zIm, 0, z, n1, n1);
            geometry.load(z, 0);
            return geometry.residual();
        }

        private void store(Chunk c, int lineIndex) {
            int k = c.count++;
            geometry.affinePoint(c.points, k * 2 * n1);
            c.weights[k] = geometry.weight();
            c.omega[2 * k] = geometry.omegaRe();
            c.omega[2 * k + 1] = geometry.omegaIm();
            c.patch[k] = geometry.patch();
            c.eliminated[k] = geometry.eliminated();
            geometry.metric(c.metric, k * g2);
            c.line[k] = lineIndex;
        }
    }

    private static double abs(double re, double im) {
        return Math.sqrt(re * re + im * im);
    }

    @Override
    public String toString() {
        return "LineIntersectionSampler[" + manifold.name() + ", " + options + "]";
    }
}
