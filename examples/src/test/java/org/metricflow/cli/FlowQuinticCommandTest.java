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
    }

    @Test
    void badInputExitsTwo() {
        assertThat(CliTestSupport.run("flow", "quintic", "--lr", "-0.1").exit()).isEqualTo(2);
        assertThat(CliTestSupport.run("flow", "quintic", "--kernel", "gaussian", "--sigma", "0").exit()).isEqualTo(2);
        assertThat(CliTestSupport.run("flow", "quintic", "--test", "2000000").exit()).isEqualTo(2);
        assertThat(CliTestSupport.run("flow", "quintic", "--kernel", "cosine").err()).contains("cosine");
    }

    @Test
    void indefiniteUpdateStopsCleanly() {
        CliTestSupport.Run r = CliTestSupport.run("flow", "quintic", "--train", "200", "--test", "50",
                "--gradient", "coordinate", "--steps", "3");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("stopped: step 1").contains("indefinite");
    }
}
