package org.metricflow.bench.symbolic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the SymPy peer {@code bench_sympy.py} with {@code python3} from its folder and reads its timings
 * ({@code "[sympy] <label>: median <seconds> s  runs=[<s>, <s>, <s>]"} lines). Skips cleanly — with the reason — when
 * the folder, python3 or sympy is missing, or the script fails or times out.
 *
 * @param timings seconds by label (empty when skipped)
 * @param skipped why the peer did not run, or null
 */
public record SympyPeer(Map<String, PeerTiming> timings, String skipped) {

    /**
     * One line of the peer.
     *
     * @param median median wall time [s]
     * @param min    fastest run [s]
     */
    public record PeerTiming(double median, double min) {
    }

    /** The script's name in the peers folder. */
    public static final String SCRIPT = "bench_sympy.py";

    private static final Pattern LINE = Pattern.compile("^\\[sympy] (.+): median ([0-9.eE+-]+) s\\s+runs=\\[([^]]*)]");
    private static final PeerTiming ABSENT = new PeerTiming(Double.NaN, Double.NaN);

    public SympyPeer {
        timings = Map.copyOf(timings);
    }

    /** The peer's timing for {@code label} (NaN when absent). */
    public PeerTiming timing(String label) {
        return timings.getOrDefault(label, ABSENT);
    }

    /**
     * Runs the peer.
     *
     * @param peers          folder holding {@value #SCRIPT}
     * @param timeoutSeconds give up (and skip) after this long
     */
    public static SympyPeer run(Path peers, long timeoutSeconds) {
        if (!Files.isRegularFile(peers.resolve(SCRIPT))) {
            return skip("no " + SCRIPT + " in " + peers.toAbsolutePath() + " (set --peers)");
        }
        Path log;
        try {
            log = Files.createTempFile("metricflow-sympy", ".log");
        } catch (IOException e) {
            return skip("cannot create a log file: " + e.getMessage());
        }
        try {
            Process p = new ProcessBuilder("python3", SCRIPT).directory(peers.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return skip("timed out after " + timeoutSeconds + " s");
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                String last = out.strip().lines().reduce((a, b) -> b).orElse("");
                return skip("python3 " + SCRIPT + " exited with " + p.exitValue() + ": " + last);
            }
            Map<String, PeerTiming> timings = new LinkedHashMap<>();
            for (String line : out.split("\n")) {
                Matcher m = LINE.matcher(line.strip());
                if (m.find()) {
                    double min = Double.POSITIVE_INFINITY;
                    for (String run : m.group(3).split(",")) {
                        min = Math.min(min, Double.parseDouble(run.strip()));
                    }
                    timings.put(m.group(1), new PeerTiming(Double.parseDouble(m.group(2)), min));
                }
            }
            return new SympyPeer(timings, null);
        } catch (IOException e) {
            return skip("python3 not available: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return skip("interrupted");
        } finally {
            try {
                Files.deleteIfExists(log);
            } catch (IOException ignored) {
                // a temporary file left behind is harmless
            }
        }
    }

    private static SympyPeer skip(String reason) {
        return new SympyPeer(Map.of(), reason);
    }
}
