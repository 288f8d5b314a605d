package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flow quintic --tune}, {@code --checkpoint/--resume} and {@code --clusters} on small Delta-kernel runs. */
class FlowQuinticTuneCommandTest {

    private static final String[] DELTA = {"flow", "quintic", "--kernel", "delta", "--train", "300", "--test", "100",
        "--lr", "0.03", "--loss", "squared", "--positivity", "clip", "--json"};

    @TempDir
    Path dir;

    private static JsonNode run(String... extra) throws Exception {
        String[] args = new String[DELTA.length + extra.length];
        System.arraycopy(DELTA, 0, args, 0, DELTA.length);
        System.arraycopy(extra, 0, args, DELTA.length, extra.length);
        CliTestSupport.Run r = CliTestSupport.run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    /** 6 steps straight = 3 steps, checkpoint, resume to 6 (σ after identical to the last bit; gains vs the start). */
    @Test
    void resumeContinuesTheRun() throws Exception {
        Path file = dir.resolve("q.ckpt");
        JsonNode whole = run("--steps", "6");
        JsonNode first = run("--steps", "3", "--checkpoint", file.toString());
        JsonNode resumed = run("--steps", "6", "--resume", file.toString());
        assertThat(first.get("checkpoint").asText()).isEqualTo(file.toString());
        assertThat(resumed.get("resumed_from").asInt()).isEqualTo(3);
        assertThat(resumed.get("history")).hasSize(3);
        assertThat(resumed.get("sigma_train_after").asDouble()).isEqualTo(whole.get("sigma_train_after").asDouble());
        assertThat(resumed.get("sigma_test_after").asDouble()).isEqualTo(whole.get("sigma_test_after").asDouble());
        assertThat(resumed.get("gain_train").asDouble()).isEqualTo(whole.get("gain_train").asDouble());
    }

    /** 3 runs: the start point is the given options, the best has the largest validation gain of all trials. */
    @Test
    void tuneReportsStartAndBest() throws Exception {
        JsonNode j = run("--steps", "2", "--tune", "--tune-evals", "3", "--validation", "100");
        assertThat(j.get("evaluations").asInt()).isEqualTo(3);
        assertThat(j.get("start").get("learning_rate").asDouble()).isEqualTo(0.03);
        double best = j.get("best").get("gain_validation").asDouble();
        for (JsonNode t : j.get("trials")) {
            assertThat(t.get("gain_validation").asDouble()).isLessThanOrEqualTo(best);
        }
        assertThat(j.get("best").get("gain_test").asDouble()).isPositive();
    }

    @Test
    void badInputNamesTheValue() {
        CliTestSupport.Run evals = CliTestSupport.run("flow", "quintic", "--tune", "--tune-evals", "0");
        assertThat(evals.exit()).isEqualTo(2);
        assertThat(evals.err()).contains("evaluations").contains("0");
        CliTestSupport.Run missing = CliTestSupport.run("flow", "quintic", "--train", "200", "--test", "50",
                "--resume", dir.resolve("none.ckpt").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("none.ckpt").contains("does not exist");
        CliTestSupport.Run clusters = CliTestSupport.run("flow", "quintic", "--train", "200", "--clusters", "0");
        assertThat(clusters.exit()).isEqualTo(2);
        assertThat(clusters.err()).contains("--clusters").contains("got 0");
        CliTestSupport.Run memory = CliTestSupport.run("flow", "quintic", "--train", "200", "--kernel-memory", "-5");
        assertThat(memory.exit()).isEqualTo(2);
        assertThat(memory.err()).contains("--kernel-memory").contains("-5");
    }

    /** {@code --tune --t auto}: CMA-ES over σ with each run in closed form at its validation-chosen flow time. */
    @Test
    void tuneThroughTheClosedForm() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("flow", "quintic", "--kernel", "gaussian", "--profile", "gaussian",
                "--sigma", "0.5", "--loss", "squared", "--train", "300", "--test", "100", "--validation", "100",
                "--t", "auto", "--tune", "--tune-evals", "4", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("closed_form").asBoolean()).isTrue();
        assertThat(j.get("trials")).hasSize(4);
        assertThat(j.get("best").has("learning_rate")).isFalse();
        assertThat(j.get("best").get("t").asDouble()).isPositive();
        assertThat(j.get("best").get("gain_validation").asDouble())
                .isGreaterThanOrEqualTo(j.get("start").get("gain_validation").asDouble());
        assertThat(j.get("best").get("gain_test").asDouble()).isPositive();
        CliTestSupport.Run fixed = CliTestSupport.run("flow", "quintic", "--kernel", "gaussian", "--loss", "squared",
                "--t", "1", "--tune");
        assertThat(fixed.exit()).isEqualTo(2);
        assertThat(fixed.err()).contains("--t 1").contains("auto");
        CliTestSupport.Run delta = CliTestSupport.run("flow", "quintic", "--kernel", "delta", "--loss", "squared",
                "--train", "100", "--test", "50", "--t", "auto", "--tune");
        assertThat(delta.exit()).isEqualTo(2);
        assertThat(delta.err()).contains("delta");
    }
}
