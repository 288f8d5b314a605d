package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricflow.numeric.io.PointSampleFiles;
import org.metricflow.numeric.manifold.FermatClosedForms;

class SampleCommandTest {

    @TempDir
    Path dir;

    private static JsonNode json(CliTestSupport.Run r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void cubicJsonHasTheDocumentedFieldsAndMatchesTheClosedForm() throws Exception {
        Path out = dir.resolve("cubic.npz");
        JsonNode j = json(CliTestSupport.run("sample", "--manifold", "fermat-cubic", "--points", "20000", "--seed",
                "3", "--out", out.toString(), "--json"));
        for (String k : new String[] {"points", "rejected", "kappa", "volume_omega", "volume_fs", "sigma_fs",
                "sigma_fs_err", "seconds"}) {
            assertThat(j.has(k)).as(k).isTrue();
        }
        assertThat(j.get("points").asInt()).isEqualTo(20000);
        assertThat(j.get("volume_fs").asDouble()).isEqualTo(3.0);
        double v = j.get("volume_omega").asDouble();
        assertThat(v).isCloseTo(FermatClosedForms.volumeOmega(3), within(4 * j.get("volume_omega_err").asDouble()));
        assertThat(PointSampleFiles.read(out).size()).isEqualTo(20000);
    }

    @Test
    void distancesAndDworkAndCymetricFormat() throws Exception {
        Path out = dir.resolve("dataset.npz");
        JsonNode j = json(CliTestSupport.run("sample", "--manifold", "dwork", "--psi", "0.3-0.1*i", "--points",
                "3000", "--distances", "--format", "cymetric", "--out", out.toString(), "--json"));
        JsonNode d = j.get("distances");
        assertThat(d.get("nearest_neighbour")).hasSize(4);   // 100, 300, 1000, 3000
        assertThat(d.get("fit").get("exponent").asDouble()).isBetween(-0.25, -0.1);
        assertThat(Files.size(out)).isPositive();
        var text = CliTestSupport.run("sample", "--points", "2000", "--distances");
        assertThat(text.out()).contains("kappa", "sigma_fs", "fit: mean =", "6-cube");
    }

    @Test
    void customPolynomialWarnsWhenNotCalabiYau() throws Exception {
        JsonNode j = json(CliTestSupport.run("sample", "--polynomial", "z0^3+z1^3+z2^3+z3^3", "--points", "500",
                "--json"));
        assertThat(j.get("warnings").get(0).asText()).contains("not Calabi-Yau");
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        String[][] cases = {{"--points", "0"}, {"--manifold", "fermat-sextic"}, {"--polynomial", "z0^5+*z1"},
                {"--manifold", "dwork", "--psi", "abc"}, {"--polynomial", "z0^2*z1", "--coordinates", "3", "--points", "200"},
                {"--polynomial", "z0^3+z1^2"}, {"--format", "hdf5"}};
        String[] expected = {"--points must be >= 1, got 0", "fermat-sextic", "malformed polynomial", "abc",
                "singular", "not homogeneous", "hdf5"};
        for (int i = 0; i < cases.length; i++) {
            String[] args = new String[cases[i].length + 1];
            args[0] = "sample";
            System.arraycopy(cases[i], 0, args, 1, cases[i].length);
            var r = CliTestSupport.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).contains(expected[i]).doesNotContain("\tat ");
        }
    }

    @Test
    void unreadableOutputDirectoryLeavesNothingBehind() throws Exception {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "x");
        var r = CliTestSupport.run("sample", "--points", "100", "--out", blocker.resolve("s.npz").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cannot write");
    }
}
