package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FlowQuinticCommandTest {

    @Test
    void deltaRunPrintsGains() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("flow", "quintic", "--kernel", "delta", "--train", "400", "--test",
                "200", "--steps", "5", "--lr", "0.03", "--loss", "squared", "--positivity", "clip", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("gain_train").asDouble()).isGreaterThan(1.5);
        assertThat(j.get("sigma_train_before").asDouble() / j.get("sigma_train_after").asDouble())
                .isEqualTo(j.get("gain_train").asDouble());
        assertThat(j.get("history")).hasSize(5);
        assertThat(j.get("status").asText()).isEqualTo("completed");
        assertThat(j.has("stop")).isFalse();
    }

    @Test
    void badInputExitsTwo() {
        assertThat(CliTestSupport.run("flow", "quintic", "--lr", "-0.1").exit()).isEqualTo(2);
        assertThat(CliTestSupport.run("flow", "quintic", "--kernel", "gaussian", "--sigma", "0").exit()).isEqualTo(2);
        assertThat(CliTestSupport.run("flow", "quintic", "--test", "2000000").exit()).isEqualTo(2);
        assertThat(CliTestSupport.run("flow", "quintic", "--kernel", "cosine").err()).contains("cosine");
        for (String t : new String[] {"0", "-1", "NaN", "soon"}) {
            CliTestSupport.Run r = CliTestSupport.run("flow", "quintic", "--loss", "squared", "--t", t);
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("--t").contains(t);
        }
        assertThat(CliTestSupport.run("flow", "quintic", "--t", "inf", "--ridge", "-1").err()).contains("--ridge");
        assertThat(CliTestSupport.run("flow", "quintic", "--t", "1", "--spectrum", "eigen", "--train", "500000")
                .err()).contains("500000").contains("--spectrum");
    }

    @Test
    void indefiniteUpdateStopsCleanly() throws Exception {
        // the literal coordinate gradient makes g indefinite at step 1: exit 1, one line on stderr, the last good state
        CliTestSupport.Run r = CliTestSupport.run("flow", "quintic", "--train", "200", "--test", "50",
                "--gradient", "coordinate", "--steps", "3");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("stopped: NOT_POSITIVE_DEFINITE at t=").contains(" at point ");
        assertThat(r.err().strip().lines()).singleElement().asString()
                .startsWith("metricflow flow quintic: stopped: NOT_POSITIVE_DEFINITE at t=").contains(" at point ");
        CliTestSupport.Run relu = CliTestSupport.run("flow", "quintic", "--kernel", "relu", "--gradient",
                "coordinate", "--steps", "5", "--positivity", "stop", "--train", "200", "--test", "50", "--json");
        assertThat(relu.exit()).as(relu.err()).isEqualTo(1);
        assertThat(relu.err().strip().lines()).hasSize(1);
        JsonNode j = new ObjectMapper().readTree(relu.out());
        assertThat(j.get("status").asText()).isEqualTo("stopped");
        assertThat(j.get("stop").asText()).startsWith("NOT_POSITIVE_DEFINITE");
        assertThat(j.has("stopped")).isFalse();
    }

    @Test
    void reluNtkParametersReachTheFlow() throws Exception {
        // Table 1: sigma_w 5.716, sigma_b 80.52; the options must reach the kernel, not only the feature-learning study
        ObjectMapper m = new ObjectMapper();
        JsonNode table1 = m.readTree(CliTestSupport.run("flow", "quintic", "--kernel", "relu", "--train", "150",
                "--test", "50", "--steps", "1", "--lr", "1e-4", "--positivity", "clip", "--json").out());
        JsonNode custom = m.readTree(CliTestSupport.run("flow", "quintic", "--kernel", "relu", "--train", "150",
                "--test", "50", "--steps", "1", "--lr", "1e-4", "--positivity", "clip", "--sigma-w", "1",
                "--sigma-b", "0.5", "--json").out());
        assertThat(table1.get("sigma_w").asDouble()).isEqualTo(5.716);
        assertThat(custom.get("sigma_w").asDouble()).isEqualTo(1.0);
        assertThat(custom.get("sigma_b").asDouble()).isEqualTo(0.5);
        // Theta scales like sigma_b^2 at large sigma_b, so the same lr moves the metrics far less
        assertThat(Math.abs(custom.get("gain_train").asDouble() - 1))
                .isLessThan(Math.abs(table1.get("gain_train").asDouble() - 1) / 10);
        CliTestSupport.Run bad = CliTestSupport.run("flow", "quintic", "--kernel", "relu", "--sigma-w", "-1");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("-1");
    }
}
