package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowQuinticStudyTest {

    @Test
    void noiseStudyPrintsBothModesAndPlots(@TempDir Path dir) throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("flow", "quintic", "--study", "noise", "--train", "200", "--steps",
                "3", "--lr", "0.03", "--loss", "squared", "--noise", "0,1e-3", "--sizes", "100,200", "--plot",
                dir.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("rows")).hasSize(4);
        JsonNode zero = j.get("rows").get(0);
        assertThat(zero.get("mode").asText()).isEqualTo("ambient");
        assertThat(zero.get("gain").asDouble()).isEqualTo(j.get("gain_train").asDouble());
        assertThat(j.get("rows").get(2).get("mode").asText()).isEqualTo("projected");
        assertThat(j.get("distance_fit").get("exponent").asDouble()).isBetween(-0.3, -0.05);
        assertThat(Files.size(dir.resolve("fig3-left-noise.png"))).isPositive();
    }

    @Test
    void distanceStudyRecomputesThePapersExtrapolation(@TempDir Path dir) throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("flow", "quintic", "--study", "distance", "--sizes", "100,300",
                "--plot", dir.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("rows")).hasSize(2);
        double m100 = j.get("rows").get(0).get("mean").asDouble();
        double m300 = j.get("rows").get(1).get("mean").asDouble();
        assertThat(j.get("fit").get("exponent").asDouble()).isCloseTo(Math.log(m300 / m100) / Math.log(3),
                within(1e-12));
        JsonNode delta = j.get("paper_extrapolation").get(1);
        assertThat(delta.get("points_paper_fit").asDouble()).isCloseTo(9.86e6, within(0.01e6));
        assertThat(Files.size(dir.resolve("fig3-right-distance.png"))).isPositive();
    }

    @Test
    void featureLearningTableHasBothKernels() {
        CliTestSupport.Run r = CliTestSupport.run("flow", "quintic", "--study", "feature-learning", "--train", "100",
                "--test", "50", "--steps", "2", "--lr", "1", "--loss", "squared", "--width", "8", "--depth", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("frozen").contains("evolving").contains("kernel_drift");
    }

    @Test
    void gainVsNWritesPointsPlotAndResumes(@TempDir Path dir) throws Exception {
        String[] args = {"flow", "quintic", "--study", "gain-vs-n", "--sizes", "100,200", "--kernels", "relu,delta",
            "--test", "100", "--plot", dir.toString(), "--json"};
        CliTestSupport.Run r = CliTestSupport.run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("points")).hasSize(4);
        JsonNode relu = j.get("points").get(0);
        assertThat(relu.get("kernel").asText()).isEqualTo("relu");
        assertThat(relu.get("clusters").asInt()).isEqualTo(1);
        assertThat(relu.get("gain_test_err").asDouble()).isPositive();
        assertThat(Files.size(dir.resolve("gain-vs-n.png"))).isPositive();
        CliTestSupport.Run again = CliTestSupport.run(args);
        JsonNode k = new ObjectMapper().readTree(again.out());
        assertThat(k.get("resumed_points").asInt()).isEqualTo(4);
        assertThat(k.get("points").get(0).get("gain_test").asDouble()).isEqualTo(relu.get("gain_test").asDouble());
        String[] otherKernel = {"flow", "quintic", "--study", "gain-vs-n", "--sizes", "100", "--kernels", "relu",
            "--sigma-w", "3", "--test", "100", "--plot", dir.toString(), "--json"};
        JsonNode other = new ObjectMapper().readTree(CliTestSupport.run(otherKernel).out());
        JsonNode recomputed = null;
        for (JsonNode p : other.get("points")) {
            if (p.get("kernel").asText().equals("relu") && p.get("requested").asInt() == 100) {
                assertThat(recomputed).as("one relu point at N = 100").isNull();
                recomputed = p;
            }
        }
        assertThat(recomputed.get("parameters").asText()).contains("sigma_w 3.0");
        assertThat(recomputed.get("gain_test").asDouble()).isNotEqualTo(relu.get("gain_test").asDouble());
    }

    @Test
    void badStudyInputExitsTwoNamingTheValue() {
        CliTestSupport.Run r = CliTestSupport.run("flow", "quintic", "--study", "spectral");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("spectral");
        r = CliTestSupport.run("flow", "quintic", "--study", "noise", "--noise", "0,-1", "--sizes", "100,200");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("-1");
        r = CliTestSupport.run("flow", "quintic", "--study", "distance", "--sizes", "1,10");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("1");
        r = CliTestSupport.run("flow", "quintic", "--plot", "figs");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--study");
        r = CliTestSupport.run("flow", "quintic", "--study", "gain-vs-n", "--kernels", "cosine");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cosine");
        r = CliTestSupport.run("flow", "quintic", "--study", "gain-vs-n", "--sigmas", "0.5,-0.2");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("-0.2");
        r = CliTestSupport.run("flow", "quintic", "--study", "gain-vs-n", "--sizes", "500,300");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("300");
        r = CliTestSupport.run("flow", "quintic", "--kernels", "relu");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--study");
        r = CliTestSupport.run("flow", "quintic", "--study", "feature-learning", "--width", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("0");
    }
}
