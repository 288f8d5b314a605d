package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.Sym;

class DeriveKahlerCommandTest {

    private static JsonNode json(String... args) throws Exception {
        var r = CliTestSupport.run(args);
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static void assertSame(String actual, String expected) {
        assertThat(Sym.parse("(" + actual + ")-(" + expected + ")").together().isZero())
                .as("%s vs %s", actual, expected).isTrue();
    }

    /** Fubini–Study on CP^1, K = ln(1+|z|²): g = 1/(1+|z|²)², Ric = (n+1) g = 2 g, scalar g^{-1}Ric = 2 (by hand). */
    @Test
    void fubiniStudyOnCp1() throws Exception {
        JsonNode j = json("derive", "kahler", "--coords", "z", "--potential", "Log(1+z*zb)", "--json");
        assertSame(j.get("metric").get("1,1").asText(), "1/(1+z*zb)^2");
        assertSame(j.get("ricci").get("1,1").asText(), "2/(1+z*zb)^2");
        assertSame(j.get("scalar").asText(), "2");
    }

    /** Flat C² (K = |z1|² + |z2|²): g = δ, Ric = 0. */
    @Test
    void flatC2() throws Exception {
        JsonNode j = json("derive", "kahler", "--coords", "z1,z2", "--potential", "z1*z1b+z2*z2b", "--json");
        assertSame(j.get("metric").get("1,1").asText(), "1");
        assertSame(j.get("metric").get("1,2").asText(), "0");
        assertSame(j.get("ricci").get("2,2").asText(), "0");
    }

    @Test
    void hostilePotentialIsRejected() {
        var r = CliTestSupport.run("derive", "kahler", "--coords", "z", "--potential", "Get(\"/etc/passwd\")");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("\tat ");
    }
}
