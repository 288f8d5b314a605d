package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CyCommandTest {

    @Test
    void badInputIsOneLineAndExitTwo() {
        String[][] cases = {
            {"cy", "train", "--manifold", "dwork", "--psi", "1"},
            {"cy", "scan", "--psi", "0.5,0.30901699437494745+0.9510565162951535*i"},
            {"cy", "balanced", "--polynomial", "z0^4+z1^4+z2^4+z3^4+z4^4"},
            {"cy", "train", "--k", "6", "--points", "20000"},
            {"cy", "balanced", "--k", "3", "--points", "100"},
        };
        for (String[] c : cases) {
            CliTestSupport.Run r = CliTestSupport.run(c);
            assertThat(r.exit()).as(String.join(" ", c)).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
    }

    @Test
    void trainedCubicMetricRoundTripsThroughItsFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cubic.npz");
        CliTestSupport.Run r = CliTestSupport.run("cy", "train", "--manifold", "fermat-cubic", "--k", "3", "--points",
                "3000", "--balance-points", "3000", "--test-points", "3000", "--epochs", "2", "--json", "--out",
                out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(r.out());
        double sigma = j.get("test").get("sigma").asDouble();
        assertThat(sigma).isLessThan(j.get("balanced").get("sigma").asDouble());
        CliTestSupport.Run e = CliTestSupport.run("cy", "eval", "--metric", out.toString(), "--from", out.toString(),
                "--json");
        assertThat(e.exit()).as(e.err()).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(e.out()).get("sigma").asDouble()).isEqualTo(sigma);
    }

    @Test
    void resumedTrainingEqualsTheUninterruptedRunAndRefusesAnotherFlow(@TempDir Path dir) throws Exception {
        Path ckpt = dir.resolve("train.ckpt");
        String[] base = {"cy", "train", "--manifold", "fermat-cubic", "--k", "2", "--points", "2000",
            "--balance-points", "2000", "--test-points", "2000", "--batch", "500", "--json"};
        CliTestSupport.Run full = CliTestSupport.run(concat(base, "--epochs", "3"));
        assertThat(full.exit()).as(full.err()).isEqualTo(0);
        CliTestSupport.Run first = CliTestSupport.run(concat(base, "--epochs", "2", "--checkpoint", ckpt.toString()));
        assertThat(first.exit()).as(first.err()).isEqualTo(0);
        CliTestSupport.Run rest = CliTestSupport.run(concat(base, "--epochs", "3", "--resume", ckpt.toString()));
        assertThat(rest.exit()).as(rest.err()).isEqualTo(0);
        JsonNode a = new ObjectMapper().readTree(full.out());
        JsonNode b = new ObjectMapper().readTree(rest.out());
        assertThat(b.get("resumed_from_epoch").asInt()).isEqualTo(2);
        assertThat(b.get("epochs").get(0).get("sigma_test").asDouble())
                .isEqualTo(a.get("epochs").get(2).get("sigma_test").asDouble());
        assertThat(b.get("test").get("sigma").asDouble()).isEqualTo(a.get("test").get("sigma").asDouble());

        CliTestSupport.Run other = CliTestSupport.run(concat(base, "--epochs", "3", "--flow", "calabi", "--resume",
                ckpt.toString()));
        assertThat(other.exit()).as(other.err()).isEqualTo(2);
        assertThat(other.err().strip().lines().count()).as(other.err()).isEqualTo(1);
        assertThat(other.err()).contains("another run");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
