package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KernelCommandTest {

    private static JsonNode json(String out) throws Exception {
        return new ObjectMapper().readTree(out);
    }

    @Test
    void cosineJsonHasConstantsNormalisationAndErrors() throws Exception {
        var r = CliTestSupport.run("kernel", "--arch", "cosine", "--dim", "3", "--sigma-w", "2", "--min-width", "256",
                "--max-width", "1024", "--replicates", "2", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = json(r.out());
        // A = √2 (σ_w/√(2πd))^{d/2}, σ = √d/σ_w (derived by hand: 2/√(6π) = 0.4607, ^1.5 = 0.3127)
        assertThat(j.at("/constants/A").asDouble()).isCloseTo(Math.sqrt(2) * Math.pow(2 / Math.sqrt(6 * Math.PI), 1.5),
                within(1e-12));
        assertThat(j.at("/constants/sigma").asDouble()).isCloseTo(Math.sqrt(3) / 2, within(1e-12));
        assertThat(j.at("/integrals/normalisation").asDouble()).isCloseTo(1.0, within(1e-10));
        assertThat(j.at("/integrals/normalisation_printed_A").asDouble()).isGreaterThan(1.5);
        assertThat(j.at("/errors")).hasSize(3);
        assertThat(j.at("/errors/2/relative_error").asDouble()).isBetween(1e-3, 0.2);
    }

    @Test
    void reluTextTableAndFit() {
        var r = CliTestSupport.run("kernel", "--arch", "relu", "--dim", "10", "--depth", "2", "--min-width", "64",
                "--max-width", "256", "--replicates", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ReLU network, d=10, depth 2", "width", "fitted exponent");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--arch foo --dim 2|--arch must be one of cosine, gauss-net, relu; got 'foo'",
        "--arch cosine --dim 0|--dim must be in 1..64, got 0",
        "--arch cosine --dim 2 --sigma-w -1|--sigma-w must be finite and > 0, got -1.0",
        "--arch relu --dim 2 --depth 0|depth must be in 1..64, got 0",
        "--arch gauss-net --dim 2 --trained some|--trained must be last or all, got 'some'",
        "--arch relu --dim 3 --depth 3 --max-width 65536|--max-width 65536 needs about"})
    void badInputExitsTwoWithOneLine(String args, String message) {
        var r = CliTestSupport.run(("kernel " + args).split(" "));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(message).doesNotContain("\tat ");
    }

    @Test
    void benchKernelRunsSmallSizesWithoutThePeer() throws Exception {
        var r = CliTestSupport.run("bench", "kernel", "--sizes", "300,700", "--repeats", "1", "--no-peers", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = json(r.out());
        assertThat(j.at("/results")).hasSize(2);
        assertThat(j.at("/results/1/spot_check_max_error").asDouble()).isLessThan(1e-10);
        assertThat(j.at("/results/1/ratio").isNull()).isTrue();
        var bad = CliTestSupport.run("bench", "kernel", "--sizes", "1");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--sizes entries must be in 2..2000000, got 1");
    }
}
