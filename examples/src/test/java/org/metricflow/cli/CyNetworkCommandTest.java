package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cy train --ansatz network}, its file through {@code cy eval} and {@code sample --from}, and bad input. */
class CyNetworkCommandTest {

    @Test
    void badNetworkOptionsAreOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.npz");
        Files.writeString(junk, "not a zip");
        String[][] cases = {
            {"cy", "train", "--ansatz", "deep"},
            {"cy", "train", "--ansatz", "network", "--width", "0"},
            {"cy", "train", "--ansatz", "network", "--depth", "9"},
            {"cy", "train", "--ansatz", "network", "--activation", "relu"},
            {"cy", "train", "--ansatz", "network", "--network-resume", dir.resolve("none.npz").toString()},
            {"sample", "--from", dir.resolve("none.npz").toString()},
            {"sample", "--from", junk.toString()},
            {"sample", "--from", junk.toString(), "--distances"},
        };
        for (String[] c : cases) {
            CliTestSupport.Run r = CliTestSupport.run(c);
            assertThat(r.exit()).as(String.join(" ", c) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        }
    }

    @Test
    void networkMetricRoundTripsThroughCyEvalAndSampleFrom(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("net.npz");
        CliTestSupport.Run r = CliTestSupport.run("cy", "train", "--manifold", "fermat-cubic", "--k", "2", "--points",
                "2000", "--balance-points", "2000", "--test-points", "2000", "--epochs", "1", "--ansatz", "network",
                "--width", "8", "--depth", "1", "--network-epochs", "2", "--json", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        ObjectMapper m = new ObjectMapper();
        JsonNode j = m.readTree(r.out());
        assertThat(j.get("network").get("epochs")).hasSize(2);
        double sigma = j.get("test").get("sigma").asDouble();
        CliTestSupport.Run e = CliTestSupport.run("cy", "eval", "--metric", out.toString(), "--from", out.toString(),
                "--json");
        assertThat(e.exit()).as(e.err()).isEqualTo(0);
        JsonNode ej = m.readTree(e.out());
        assertThat(ej.get("ansatz").asText()).isEqualTo("network");
        assertThat(ej.get("sigma").asDouble()).isEqualTo(sigma);
        CliTestSupport.Run s = CliTestSupport.run("sample", "--from", out.toString(), "--json");
        assertThat(s.exit()).as(s.err()).isEqualTo(0);
        JsonNode sj = m.readTree(s.out());
        assertThat(sj.get("metric").get("sigma").asDouble()).isEqualTo(sigma);
        assertThat(sj.get("points").asInt()).isEqualTo(2000);
    }
}
