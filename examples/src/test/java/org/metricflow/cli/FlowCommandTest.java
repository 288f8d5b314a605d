package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flow} with the generated velocities, the real --init compiler and networks. */
class FlowCommandTest {

    @TempDir
    Path dir;

    private static JsonNode json(CliTestSupport.Run r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void ricciBenchmarkRunsAndReportsTheSummary() throws Exception {
        var r = CliTestSupport.run("flow", "ricci", "--torus", "2", "--grid", "16", "--init", "u=0.1*cos(x)",
                "--t", "1", "--tol", "1e-12", "--json");
        JsonNode s = json(r);
        assertThat(s.get("status").asText()).isEqualTo("completed");
        assertThat(s.get("max_abs_u").asDouble()).isCloseTo(0.041835624746, within(1e-9));
        assertThat(s.get("volume_change").asDouble()).isCloseTo(0, within(1e-10));
        assertThat(s.get("steps").asLong()).isPositive();
        var text = CliTestSupport.run("flow", "ricci", "--init", "u=0.1*cos(x)", "--t", "0.1");
        assertThat(text.out()).contains("max_abs_u", "volume", "steps", "eq. (2.39)");
    }

    @Test
    void badInputIsRejectedBeforeAnyWork() {
        String[][] cases = {
            {"power of two", "flow", "ricci", "--grid", "12"},
            {">= 4", "flow", "ricci", "--grid", "2"},
            {"--t must be > 0", "flow", "ricci", "--t", "0"},
            {"--sigma must be > 0", "flow", "kernel", "--of", "ricci", "--sigma", "-1"},
            {"unknown symbol", "flow", "ricci", "--init", "u=0.1*cos(w)"},
            {"NOT_POSITIVE_DEFINITE", "flow", "ricci", "--init", "g12=2"},
            {"unknown field 'g33'", "flow", "ricci", "--init", "g33=2"},
            {"name=expression", "flow", "ricci", "--init", "u"},
            {"unknown flow 'ricc'", "flow", "ricc"},
            {"2 or 4", "flow", "kahler-ricci", "--torus", "3"},
            {"--stepper", "flow", "ricci", "--stepper", "rk45"},
            {"--trained must be last or all", "flow", "network", "--torus", "1", "--init", "phi=0.1*cos(x)", "--trained",
                "x"},
            {"--update must be plain or natural", "flow", "network", "--torus", "1", "--init", "phi=0.1*cos(x)",
                "--update", "x"},
            {"needs --of perelman", "flow", "network", "--of", "ricci", "--torus", "1", "--update", "natural"},
            {"needs --step", "flow", "ricci", "--stepper", "euler"},
            {"does not exist", "flow", "ricci", "--resume", "/nonexistent/x.ckpt"},
        };
        for (String[] c : cases) {
            var r = CliTestSupport.run(java.util.Arrays.copyOfRange(c, 1, c.length));
            assertThat(r.exit()).as(String.join(" ", c)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", c)).contains(c[0]).doesNotContain("\tat ");
        }
    }

    @Test
    void resumedRunReachesTheSameStateAsTheUninterruptedOne() throws Exception {
        String[] common = {"flow", "ricci", "--grid", "8", "--init", "u=0.1*cos(x)+0.05*sin(y)",
            "--checkpoint-every", "0.1", "--json"};
        JsonNode straight = json(CliTestSupport.run(concat(common, "--t", "0.4", "--checkpoint",
                dir.resolve("a.ckpt").toString())));
        json(CliTestSupport.run(concat(common, "--t", "0.2", "--checkpoint", dir.resolve("b.ckpt").toString())));
        JsonNode resumed = json(CliTestSupport.run(concat(common, "--t", "0.4", "--resume",
                dir.resolve("b.ckpt").toString())));
        assertThat(resumed.get("max_abs_u").asDouble()).isEqualTo(straight.get("max_abs_u").asDouble());
        assertThat(resumed.get("steps").asLong()).isEqualTo(straight.get("steps").asLong());
        var other = CliTestSupport.run(concat(common, "--t", "0.6", "--tol", "1e-6", "--resume",
                dir.resolve("b.ckpt").toString()));
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).contains("another run");
    }

    @Test
    void generatedMongeAmpereFlowOnCIsTheHeatFlowOfThePotential() throws Exception {
        // n = 1: dphi/dt = 2(det g - 1) = Laplacian(phi)/2 exactly, so phi = 0.1 e^{-t/2} cos x and
        // u = (1/4) ln det(real metric) = (1/2) ln(1 - 0.025 e^{-t/2} cos x), largest at cos x = 1.
        JsonNode s = json(CliTestSupport.run("flow", "monge-ampere", "--torus", "2", "--grid", "8", "--init",
                "phi=0.1*cos(x)", "--t", "1", "--tol", "1e-12", "--json"));
        assertThat(s.get("status").asText()).isEqualTo("completed");
        assertThat(s.get("max_abs_u").asDouble())
                .isCloseTo(-0.5 * Math.log(1 - 0.025 * Math.exp(-0.5)), within(1e-9));
    }

    @Test
    void plotsAreWritten() throws Exception {
        JsonNode s = json(CliTestSupport.run("flow", "kahler-ricci", "--grid", "8", "--init", "phi=0.1*cos(x)",
                "--t", "0.2", "--plot", dir.toString(), "--json"));
        assertThat(s.get("plots")).hasSize(2);
        for (String png : new String[] {"monitors.png", "field.png"}) {
            assertThat(Files.size(dir.resolve(png))).isGreaterThan(1000);
        }
    }

    @Test
    void kernelAndNetworkFlowsRun() throws Exception {
        JsonNode kernel = json(CliTestSupport.run("flow", "kernel", "--of", "kahler-ricci", "--grid", "8",
                "--init", "phi=0.1*cos(x)", "--sigma", "0.2", "--t", "0.2", "--json"));
        assertThat(kernel.get("status").asText()).isEqualTo("completed");
        JsonNode network = json(CliTestSupport.run("flow", "network", "--of", "perelman", "--torus", "1", "--grid",
                "32", "--init", "g11=1+0.2*cos(x); phi=0.1*cos(x)", "--width", "64", "--sigma", "0.3", "--t", "0.01", "--step",
                "0.001", "--json"));
        assertThat(network.get("steps").asLong()).isEqualTo(10);
        assertThat(network.get("loss_end").asDouble()).isLessThan(network.get("loss_start").asDouble());
        assertThat(network.get("error_vs_kernel").asDouble()).isLessThan(network.get("error_vs_local").asDouble()
                + 1);
        JsonNode all = json(CliTestSupport.run("flow", "network", "--of", "perelman", "--torus", "1", "--grid",
                "32", "--init", "g11=1+0.2*cos(x); phi=0.1*cos(x)", "--width", "64", "--trained", "all", "--t", "0.01", "--step",
                "0.001", "--json"));
        assertThat(all.get("parameters").asLong()).isEqualTo(2 * 2 * 64); // g11 and phi: readout and phases
        JsonNode natural = json(CliTestSupport.run("flow", "network", "--of", "perelman", "--torus", "1", "--grid",
                "32", "--init", "g11=1+0.2*cos(x); phi=0.1*cos(x)", "--width", "64", "--update", "natural", "--t",
                "0.001", "--step", "0.001", "--json"));
        // plain: the local prediction -dL/df is not (2.40); natural: -K dL/df is (2.40) to rounding
        assertThat(network.get("local_vs_flow").asDouble()).isGreaterThan(0.1);
        assertThat(natural.get("local_vs_flow").asDouble()).isLessThan(1e-6);
        assertThat(all.get("loss_end").asDouble()).isLessThan(all.get("loss_start").asDouble());
        JsonNode study = json(CliTestSupport.run("flow", "network", "--of", "perelman", "--torus", "1", "--grid",
                "32", "--init", "g11=1+0.2*cos(x); phi=0.1*cos(x)", "--width", "64,256", "--sigma", "0.3,0.6", "--plot",
                dir.toString(), "--json"));
        assertThat(study.get("cells")).hasSize(4);
        assertThat(study.get("sigma_exponent").asDouble()).isCloseTo(2.0, within(0.2));
        assertThat(Files.size(dir.resolve("error-surface.png"))).isGreaterThan(1000);
    }

    @Test
    void quinticIsStillASubcommandAndNoFlowIsBadUsage() {
        var quintic = CliTestSupport.run("flow", "quintic", "--help");
        assertThat(quintic.out()).contains("Usage: metricflow flow quintic");
        var usage = CliTestSupport.run("flow");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("'flow' needs a flow", "quintic");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
