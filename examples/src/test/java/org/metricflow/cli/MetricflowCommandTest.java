package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricflowCommandTest {

    @Test
    void everySubcommandHasHelp() {
        for (String sub : new String[] {"derive", "sample", "kernel", "flow", "verify", "bench"}) {
            var r = CliTestSupport.run(sub, "--help");
            assertThat(r.exit()).as(sub).isZero();
            assertThat(r.out()).as(sub).contains("Usage: metricflow " + sub);
            if (!sub.equals("derive") && !sub.equals("bench")) { // groups: --json belongs to their subcommands
                assertThat(r.out()).as(sub).contains("--json");
            }
        }
    }

    @Test
    void unknownOptionIsBadUsageWithOneLineMessage() {
        var r = CliTestSupport.run("verify", "--frobnicate=3");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--frobnicate=3").doesNotContain("at org.");
    }

    @Test
    void badValueIsNamed() {
        var r = CliTestSupport.run("verify", "--seed", "abc");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("abc");
    }

    @Test
    void unmatchedClaimFilterExitsTwo() {
        var r = CliTestSupport.run("verify", "--only", "no-such-claim*", "--list");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no-such-claim*").doesNotContain("\tat ");
    }
}
