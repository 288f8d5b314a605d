package org.metricflow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every {@code bench} subcommand has for its Python peer: {@code --peers DIR} (where the scripts are)
 * and {@code --no-peers}. By default the scripts packaged from {@code examples/peers/} are extracted into a temporary
 * folder once per run, so a benchmark works from a clone; {@code $METRICFLOW_PEERS} overrides that default. A peer
 * that cannot run is reported on standard error, naming why (python3 or a module missing), never skipped silently.
 */
public final class PeerOptions {

    /** The packaged scripts (the contents of {@code examples/peers/}). */
    static final List<String> SCRIPTS = List.of("bench_kernel.py", "bench_sympy.py", "common.py", "fs_kernel.py",
            "quintic_exact_flow.py", "quintic_np.py", "quintic_peer.py", "ricci3d_numpy.py", "sympy_geom.py");

    private static final String PACKAGE = "/org/metricflow/bench/peers/";

    @Option(names = "--peers", paramLabel = "DIR", description = "Run the Python peers from DIR (default: "
            + "$METRICFLOW_PEERS if set, else the copies packaged from examples/peers).")
    Path directory;

    @Option(names = "--no-peers", description = "Do not run the Python peers; time metricflow only.")
    boolean skip;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private Path extracted;

    /** Whether the peers should run. */
    boolean enabled() {
        return !skip;
    }

    /** The folder of the peer scripts. */
    Path directory() {
        if (directory != null) {
            return directory;
        }
        String env = System.getenv("METRICFLOW_PEERS");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        if (extracted == null) {
            extracted = extract();
        }
        return extracted;
    }

    /** A runner of {@code python3} in {@link #directory()}. */
    PythonPeer peer(Duration timeout) {
        return new PythonPeer(directory(), timeout);
    }

    /** Reports on standard error, in one line, that the peer did not run and why. */
    void skipped(String reason) {
        var err = mixee.commandLine().getErr();
        err.println("metricflow " + mixee.qualifiedName(" ").replaceFirst("^metricflow ", "")
                + ": Python peer skipped: " + reason);
        err.flush();
    }

    private static Path extract() {
        try {
            Path dir = Files.createTempDirectory("metricflow-peers");
            dir.toFile().deleteOnExit();
            for (String name : SCRIPTS) {
                try (InputStream in = PeerOptions.class.getResourceAsStream(PACKAGE + name)) {
                    if (in == null) {
                        throw new IllegalStateException("peer script " + name + " is missing from the build");
                    }
                    Path file = dir.resolve(name);
                    Files.write(file, in.readAllBytes());
                    file.toFile().deleteOnExit();
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the Python peers: " + e.getMessage(), e);
        }
    }
}
