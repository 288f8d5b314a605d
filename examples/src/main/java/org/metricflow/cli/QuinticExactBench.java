package org.metricflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.metricflow.flows.quintic.OperatorOptions;
import org.metricflow.flows.quintic.PositivityPolicy;
import org.metricflow.flows.quintic.QuinticFlowOptions;
import org.metricflow.flows.quintic.QuinticKernel;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.SigmaLoss;
import org.metricflow.flows.quintic.exact.ExactKernelFlow;
import org.metricflow.flows.quintic.exact.ExactPoint;
import org.metricflow.numeric.kernel.DistanceProfile;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

/**
 * {@code bench flow --quintic}: the whole frozen Gaussian-kernel flow to t = ∞ (kernel ridge limit, conjugate
 * gradients, {@link ExactKernelFlow#ridgeLimit}) at N training points, timed from the samples to σ on the test points,
 * next to the NumPy peer {@code examples/peers/quintic_exact_flow.py} building the same symmetrised matrix A from the
 * same points and timing {@code numpy.linalg.eigh(A)} and {@code numpy.linalg.solve(A + ρI, z₀)}.
 */
final class QuinticExactBench {

    /** Gaussian width (rad), true profile, and the ridge of the benchmark (above |λ_min| of this non-PSD kernel). */
    static final double SIGMA = 0.5;
    static final double RIDGE = 1e-4;

    private QuinticExactBench() {
    }

    /** One measured row: what, wall and CPU seconds, a note. */
    record Result(String what, double seconds, double cpuSeconds, String note) {
    }

    /**
     * Runs the Java flow and the peer.
     *
     * @param n     training points
     * @param peers folder holding quintic_exact_flow.py, or null to skip the peer
     * @return the rows, then a line comparing them
     */
    static List<Result> run(int n, int workers, Path peers, boolean eigh) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        ProjectiveHypersurface x = ProjectiveHypersurface.fermatQuintic();
        PointSample train = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(1)).sample(n);
        PointSample test = new LineIntersectionSampler(x, SamplerOptions.defaults().withSeed(2)).sample(2000);
        QuinticFlowOptions o = QuinticFlowOptions.table1(QuinticKernel.GAUSSIAN).withProfile(DistanceProfile.GAUSSIAN)
                .withSigma(SIGMA).withLoss(SigmaLoss.SQUARED).withPositivity(PositivityPolicy.CLIP);
        QuinticKernelFlow flow = new QuinticKernelFlow(train, test, o, OperatorOptions.defaults().withClusters(1),
                workers);
        ExactKernelFlow e = new ExactKernelFlow(flow, List.of(flow.testSet()), ExactKernelFlow.Method.NONE, 0);
        ExactPoint p = e.ridgeLimit(RIDGE, 1e-8, 100_000);
        double wall = (System.nanoTime() - t0) * 1e-9;
        double cpu = (os.getProcessCpuTime() - c0) * 1e-9;
        int kept = flow.trainingSample().size();
        Result java = new Result("metricflow: flow to t = inf, N=" + kept + " (samples, kernel, CG, prediction)", wall,
                cpu, String.format(Locale.ROOT, "%d CG iterations, %s kernel, test gain %.3f, train gain %.3g",
                e.lastIterations(), flow.operators().storage().label(),
                flow.sigmaTest().sigma().value() / p.sigmaHeld().get(0).value(),
                flow.sigmaTrain().sigma().value() / p.sigmaTrain().value()));
        if (peers == null) {
            return List.of(java, new Result("NumPy peer", Double.NaN, Double.NaN, "skipped (--no-python)"));
        }
        Path script = peers.resolve("quintic_exact_flow.py");
        if (!Files.isRegularFile(script)) {
            return List.of(java, new Result("NumPy peer", Double.NaN, Double.NaN, "skipped: " + script
                    + " not found (run from the project folder or set --peers)"));
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("quintic_exact_peer");
            write(dir.resolve("points.f64"), flow.trainingSample().points());
            write(dir.resolve("weights.f64"), flow.flowWeights());
            write(dir.resolve("b.f64"), e.start());
            List<String> args = new java.util.ArrayList<>(List.of(script.toAbsolutePath().toString(), dir.toString(),
                    String.valueOf(train.coordinates()), String.valueOf(SIGMA), "gaussian", String.valueOf(RIDGE)));
            if (!eigh) {
                args.add("--no-eigh");
            }
            PythonPeer.Run r = new PythonPeer(peers, Duration.ofMinutes(30)).run(args.toArray(String[]::new));
            if (!r.succeeded()) {
                return List.of(java, new Result("NumPy peer", Double.NaN, Double.NaN, "skipped: " + r.failure()));
            }
            String line = r.output().lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse(null);
            if (line == null) {
                return List.of(java, new Result("NumPy peer", Double.NaN, Double.NaN, "skipped: "
                        + r.output().lines().findFirst().orElse("no output")));
            }
            JsonNode j = new ObjectMapper().readTree(line);
            double kernel = j.get("kernel_seconds").asDouble();
            double solve = j.get("solve_seconds").asDouble();
            Result np = new Result("NumPy: kernel matrix + numpy.linalg.solve(A + ridge I)", kernel + solve,
                    j.get("kernel_cpu_seconds").asDouble() + j.get("solve_cpu_seconds").asDouble(),
                    String.format(Locale.ROOT, "trace(A) %.10g (metricflow %.10g)", j.get("trace").asDouble(),
                            trace(e)));
            if (!j.has("eigh_seconds")) {
                return List.of(java, np);
            }
            Result ev = new Result("NumPy: numpy.linalg.eigh(A)", j.get("eigh_seconds").asDouble(),
                    j.get("eigh_cpu_seconds").asDouble(), String.format(Locale.ROOT, "lambda_max %.6g",
                    j.get("lambda_max").asDouble()));
            return List.of(java, np, ev);
        } catch (IOException ex) {
            return List.of(java, new Result("NumPy peer", Double.NaN, Double.NaN, "skipped: " + ex.getMessage()));
        } finally {
            delete(dir);
        }
    }

    /** tr A = Σ ŵ_k Θ_kk − qᵀ(Ŵ^{1/2}ΘŴ^{1/2})q, from A e_k would be O(N²); Θ_kk = 1 for this kernel. */
    private static double trace(ExactKernelFlow e) {
        double[] w = e.flow().flowWeights();
        double[] ones = new double[w.length];
        double sum = 0;
        for (int k = 0; k < w.length; k++) {
            sum += w[k];
            ones[k] = Math.sqrt(w[k]);
        }
        double[] q = ones.clone();
        double norm = Math.sqrt(sum);
        for (int k = 0; k < q.length; k++) {
            q[k] /= norm;
        }
        double[] x = e.kernel().toOperatorField(q);
        double[] out = new double[w.length];
        e.flow().operators().training().apply(x, 1, out);
        double qbq = 0;
        for (int k = 0; k < w.length; k++) {
            qbq += q[k] * Math.sqrt(w[k]) * out[k];
        }
        return sum - qbq;
    }

    private static void write(Path file, double[] values) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asDoubleBuffer().put(values);
        Files.write(file, b.array());
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
