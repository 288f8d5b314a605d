package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricflow.numeric.io.Npz;

/**
 * Hostile and degenerate input a new user meets (issue 13): every probe must end in one clear line naming the
 * problem and exit 2 — never a stack trace, a hang, an {@code OutOfMemoryError} or a confident wrong answer.
 */
class CliProbesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> badInput() {
        return Stream.of(
                probe("degenerate", "derive", "curvature", "--coords", "x,y", "--metric", "{{1,1},{1,1}}"),
                probe("degenerate", "derive", "curvature", "--coords", "x,y", "--metric", "{{0,0},{0,0}}"),
                probe("degenerate", "derive", "curvature", "--coords", "x,y", "--metric", "{{x,x*y},{x*y,x*y^2}}"),
                probe("divides by zero", "derive", "curvature", "--coords", "x,y", "--metric", "{{1/0,0},{0,1}}"),
                probe("divides by zero", "derive", "curvature", "--coords", "x,y", "--metric", "{{x^2/0,0},{0,1}}"),
                probe("divides by zero", "derive", "curvature", "--coords", "x,y", "--metric",
                        "{{x/(x-x),0},{0,1}}"),
                probe("not positive definite", "derive", "curvature", "--coords", "x,y", "--metric",
                        "{{-1,0},{0,1}}"),
                probe("degenerate", "derive", "kahler", "--coords", "z", "--potential", "0"),
                probe("degenerate", "derive", "kahler", "--coords", "z", "--potential", "z^2"),
                probe("divides by zero", "derive", "kahler", "--coords", "z", "--potential", "z*zb/0"),
                probe("divides by zero", "derive", "variation", "--density", "f_d1^2/0", "--field", "f",
                        "--coords", "x,y"),
                probe("expands to about", "derive", "curvature", "--coords", "x,y", "--metric",
                        "{{(1+x+y)^300,0},{0,1}}"),
                probe("more than the limit", "flow", "ricci", "--stepper", "euler", "--step", "1e-300"),
                probe("of memory", "sample", "--points", "2000000000"),
                probe("of memory", "bench", "sample", "--points", "2000000000", "--no-peers"),
                probe("of memory", "kernel", "--arch", "cosine", "--dim", "64", "--max-width", "16777216"),
                probe("--sigma does not apply to the ricci flow", "flow", "ricci", "--sigma", "0.5"),
                probe("--stepper does not apply to the network flow", "flow", "network", "--stepper", "rk4"),
                probe("not 2π-periodic in x", "flow", "ricci", "--init", "u=0.1*x"),
                probe("singular on X", "sample", "--manifold", "dwork", "--psi", "1", "--points", "20000"),
                probe("singular on X", "sample", "--polynomial", "z0^2*z1^3+z2^5+z3^5+z4^5", "--points", "20000"),
                probe("cannot write", "sample", "--points", "10", "--out", "/nonexistent-dir/s.npz"),
                probe("cannot write", "flow", "ricci", "--checkpoint", "/nonexistent-dir/run.ckpt"),
                probe("cannot write", "verify", "--only", "codegen.*", "--out", "/etc/hostname/report"),
                probe("'flow' needs a flow", "flow", "--t", "1"),
                probe("unknown flow 'ricci'", "cy", "train", "--flow", "ricci"),
                probe("needs a subcommand", "bench"),
                probe("Unknown option: '--json'", "bench", "--json"),
                probe("Unknown option: '--json'", "derive", "--json"),
                probe("no subcommand 'nope'", "help", "flow", "nope"));
    }

    private static Arguments probe(String message, String... args) {
        return Arguments.of(String.join(" ", args), message, args);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsOneLineAndExitTwo(String name, String message, String[] args) {
        var r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliTestSupport.run(args));
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertOneLineError(r, message);
    }

    /** The message, one line (a usage error adds one "Try ... --help" line), no stack trace. */
    static void assertOneLineError(CliTestSupport.Run r, String message) {
        assertThat(r.err()).contains(message).doesNotContain("\tat ", "Exception", "Error:");
        long lines = r.err().lines().filter(l -> !l.startsWith("Try '")).count();
        assertThat(lines).as(r.err()).isEqualTo(1);
    }

    @Test
    void errorPrefixNamesTheRealSubcommand() {
        var r = CliTestSupport.run("derive", "flow");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("metricflow derive flow: ");
        var bad = CliTestSupport.run("derive", "curvature", "--coords", "x,y", "--metric", "{{0,0},{0,0}}");
        assertThat(bad.err()).startsWith("metricflow derive curvature: ");
    }

    @Test
    void bareMetricflowPrintsUsageAndExitsTwo() {
        var r = CliTestSupport.run();
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Usage: metricflow");
    }

    @Test
    void helpReachesNestedSubcommands() {
        var r = CliTestSupport.run("help", "flow", "quintic");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: metricflow flow quintic", "--kernel");
    }

    @Test
    void helpShowsValueNamesNotFieldNames() {
        for (String[] cmd : new String[][] {{"flow", "--help"}, {"sample", "--help"},
                {"kernel", "--help"}, {"bench", "flow", "--help"}, {"bench", "symbolic", "--help"},
                {"flow", "quintic", "--help"}, {"verify", "--help"}, {"cy", "train", "--help"}}) {
            var r = CliTestSupport.run(cmd);
            assertThat(r.out()).as(String.join(" ", cmd)).doesNotContainPattern("=<[a-z][A-Za-z]*>");
        }
    }

    @Test
    void scientificNotationIsANumber() {
        var huge = CliTestSupport.run("derive", "curvature", "--coords", "x,y", "--metric", "{{1.5e300,0},{0,1}}");
        assertThat(huge.exit()).as(huge.err()).isZero();
        var r = CliTestSupport.run("derive", "curvature", "--coords", "x,y", "--metric",
                "{{2.5e-3*E^(2*x),0},{0,2.5e-3*E^(2*x)}}", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"scalar\" : \"0").doesNotContain("e3");
    }

    @Test
    void resumeWithAnotherInitNamesTheOption() {
        Path ckpt = dir.resolve("run.ckpt");
        var first = CliTestSupport.run("flow", "ricci", "--grid", "8", "--init", "u=0.1*cos(x)", "--t", "0.02",
                "--checkpoint", ckpt.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        var r = CliTestSupport.run("flow", "ricci", "--grid", "8", "--init", "u=0.2*cos(x)", "--t", "0.04",
                "--resume", ckpt.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertOneLineError(r, "init 'u=0.1*cos(x)' (checkpoint) vs 'u=0.2*cos(x)' (this run)");
    }

    @Test
    void npzHeaderClaimingMoreThanTheFileHoldsFailsWithoutAllocatingIt() throws IOException {
        Path file = dir.resolve("lying.npz");
        String header = "{'descr': '<f8', 'fortran_order': False, 'shape': (100000000, 10), }";
        StringBuilder h = new StringBuilder(header);
        while ((10 + h.length() + 1) % 64 != 0) {
            h.append(' ');
        }
        h.append('\n');
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("points.npy"));
            DataOutputStream out = new DataOutputStream(zip);
            out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
            out.writeByte(h.length() & 0xff);
            out.writeByte(h.length() >> 8);
            out.write(h.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[800]);
            out.flush();
            zip.closeEntry();
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> Npz.read(file))
                .isInstanceOfAny(IllegalArgumentException.class, java.io.UncheckedIOException.class)
                .hasMessageContaining("points.npy"));
    }
}
