package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The benchmark's plumbing only (no timing assertions: speed belongs in the benchmark, not in tests). */
class BenchFlowCommandTest {

    @Test
    void timesTheGeneratedVelocityAndSkipsThePeerOnRequest() throws Exception {
        var r = CliTestSupport.run("bench", "flow", "--grid", "8", "--repeats", "1", "--no-peers", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        var json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("rows")).hasSize(2);
        assertThat(json.get("rows").get(1).get("what").asText()).contains("generated Ricci velocity");
        assertThat(json.get("rows").get(1).get("updates_per_second").asDouble()).isPositive();
        assertThat(json.get("rows").get(0).get("updates_per_second").asDouble()).isPositive();
        assertThat(json.get("peer").asText()).contains("--no-peers");
        var bad = CliTestSupport.run("bench", "flow", "--grid", "6");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("power of two");
    }
}
