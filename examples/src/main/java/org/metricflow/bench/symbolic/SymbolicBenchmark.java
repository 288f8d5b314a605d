package org.metricflow.bench.symbolic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomGenerator;

/** The whole of {@code metricflow bench symbolic}: derivations vs SymPy, then generated code vs Symja. */
public final class SymbolicBenchmark {

    /** Seconds the SymPy peer may take before it is skipped. */
    private static final long PEER_TIMEOUT_SECONDS = 600;

    /**
     * Options.
     *
     * @param runs        timed runs per workload, ≥ 1
     * @param warmup      untimed warm-up runs per workload, ≥ 0
     * @param peers       folder of the SymPy peer, or null to skip it
     * @param points      points per batch of generated code, ≥ 1000, or 0 to skip the generated-code benchmark
     * @param symjaPoints points evaluated by Symja, ≥ 1
     */
    public record Options(int runs, int warmup, Path peers, int points, int symjaPoints) {

        public Options {
            if (runs < 1) {
                throw new IllegalArgumentException("--repeats must be >= 1, got " + runs);
            }
            if (warmup < 0) {
                throw new IllegalArgumentException("--warmup must be >= 0, got " + warmup);
            }
            if (points != 0 && points < 1000) {
                throw new IllegalArgumentException("--points must be >= 1000, got " + points);
            }
            if (symjaPoints < 1) {
                throw new IllegalArgumentException("--symja-points must be >= 1, got " + symjaPoints);
            }
        }
    }

    /**
     * One workload's line.
     *
     * @param name         workload name
     * @param timing       our timing
     * @param sympy        the peer's timing (NaN when not available)
     */
    public record Row(String name, WorkloadTimer.Timing timing, SympyPeer.PeerTiming sympy) {

        /** SymPy's median over ours (> 1: we are faster). */
        public double ratio() {
            return sympy.median() / timing.medianSeconds();
        }

        /** SymPy's fastest run over ours: less sensitive to other load on the machine. */
        public double ratioOfMinima() {
            return sympy.min() / timing.minSeconds();
        }
    }

    /**
     * Everything measured.
     *
     * @param options the options
     * @param peer    the SymPy peer's medians (or why it was skipped)
     * @param rows    one per workload
     * @param codegen the generated-code benchmark, or null when skipped
     */
    public record Report(Options options, SympyPeer peer, List<Row> rows, GeneratedCodeBenchmark.Result codegen) {
    }

    private SymbolicBenchmark() {
    }

    /** Runs the workloads, the peer (after them, so the two never compete for the CPU) and the codegen benchmark. */
    public static Report run(List<SymbolicWorkload> workloads, Options options, RandomGenerator rng) {
        List<WorkloadTimer.Timing> timings = new ArrayList<>();
        for (SymbolicWorkload w : workloads) {
            timings.add(WorkloadTimer.time(w, options.warmup(), options.runs()));
        }
        SympyPeer peer = options.peers() == null ? new SympyPeer(java.util.Map.of(), "--no-peers")
                : SympyPeer.run(options.peers(), PEER_TIMEOUT_SECONDS);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < workloads.size(); i++) {
            SymbolicWorkload w = workloads.get(i);
            rows.add(new Row(w.name(), timings.get(i), peer.timing(w.peerLabel())));
        }
        GeneratedCodeBenchmark.Result codegen = options.points() == 0 ? null
                : GeneratedCodeBenchmark.run(options.symjaPoints(), options.points(), rng);
        return new Report(options, peer, rows, codegen);
    }
}
