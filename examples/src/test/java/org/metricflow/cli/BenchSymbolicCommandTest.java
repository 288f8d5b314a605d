package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The benchmark's plumbing (one run, no peer, no codegen part): every derivation passes its independent check. */
class BenchSymbolicCommandTest {

    @Test
    void derivationsRunAndPassTheirChecks() throws Exception {
        var r = CliTestSupport.run("bench", "symbolic", "--repeats", "1", "--warmup", "0", "--no-peers", "--no-codegen",
                "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("sympySkipped").asText()).isEqualTo("--no-peers");
        assertThat(root.get("workloads")).hasSize(4);
        for (JsonNode w : root.get("workloads")) {
            assertThat(w.get("check").asText()).as(w.get("name").asText()).endsWith(" ok");
            assertThat(w.get("seconds").asDouble()).isPositive();
            assertThat(w.get("ratio").isNull()).isTrue();
        }
    }

    @Test
    void badCountsAreNamed() {
        var r = CliTestSupport.run("bench", "symbolic", "--repeats", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--repeats must be >= 1, got 0").doesNotContain("\tat ");
    }
}
