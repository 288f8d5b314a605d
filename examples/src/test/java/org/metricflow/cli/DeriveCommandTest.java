package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.ZeroTest;

class DeriveCommandTest {

    private static JsonNode json(CliTestSupport.Run r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void curvatureOfTheConformalPlaneInJsonIsParsableSymjaInputForm() throws Exception {
        JsonNode j = json(CliTestSupport.run("derive", "curvature", "--coords", "x,y", "--metric",
                "{{E^(2*u(x,y)),0},{0,E^(2*u(x,y))}}", "--json"));
        assertThat(j.has("christoffel")).isTrue();
        assertThat(j.get("ricci").has("R_12")).isTrue();
        Sym r = Sym.parse(j.get("scalar").asText());
        assertThat(ZeroTest.vanishes(r.minus(Sym.parse("-2*E^(-2*u(x,y))*(D(u(x,y),x,x)+D(u(x,y),y,y))")),
                new Well19937c(1), 2)).isTrue();
        assertThat(Sym.parse(j.get("christoffel").get("Gamma^1_11").asText()))
                .isEqualTo(Sym.parse("D(u(x,y),x)"));
    }

    @Test
    void curvatureOfTheSphereWithParametersAndLatex() {
        var r = CliTestSupport.run("derive", "curvature", "--coords", "theta,phi", "--metric",
                "{{r^2,0},{0,r^2*Sin(theta)^2}}", "--simplify", "simplify", "--format", "latex");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("\\text{R} = \\frac{2}{{r}^{2}}");
    }

    @Test
    void kahlerFubiniStudyHasScalarCurvatureSix() throws Exception {
        JsonNode j = json(CliTestSupport.run("derive", "kahler", "--coords", "z1,z2", "--potential",
                "Log(1 + z1*z1b + z2*z2b)", "--json"));
        assertThat(j.get("scalar").asText()).isEqualTo("6");
        assertThat(j.get("metric").has("g_12bar")).isTrue();
        assertThat(j.get("ricci").has("R_21bar")).isTrue();
    }

    @Test
    void namedFlowsPrintTheirEquations() throws Exception {
        JsonNode p = json(CliTestSupport.run("derive", "flow", "perelman", "--dim", "2", "--json"));
        assertThat(p.get("flow-velocity").has("dg_12/dt")).isTrue();
        assertThat(p.get("equations").get("flow-velocity").get("paperEquation").asText()).isEqualTo("(2.40)");
        JsonNode c = json(CliTestSupport.run("derive", "flow", "calabi", "--json"));
        assertThat(Sym.parse(c.get("linear-symbol").asText())).isEqualTo(Sym.parse("-(k1^2+k2^2)^2/16").expand());
        var text = CliTestSupport.run("derive", "flow", "monge-ampere-ultralocal");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("[flow-quadratic] eq. (B.21)", "dphi/dt = ");
    }

    @Test
    void customVariationGivesMinusTwiceTheLaplacian() throws Exception {
        JsonNode j = json(CliTestSupport.run("derive", "variation", "--density", "D(f(x,y),x)^2 + D(f(x,y),y)^2",
                "--field", "f", "--coords", "x,y", "--json"));
        assertThat(Sym.parse(j.get("euler-lagrange").asText())).isEqualTo(Sym.parse("-2*f$d11 - 2*f$d22"));
    }

    @Test
    void hostileAndBadInputIsRejectedWithOneLine() {
        var r = CliTestSupport.run("derive", "curvature", "--coords", "x,y", "--metric",
                "{{Get(\"/etc/passwd\"),0},{0,1}}");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'Get'").doesNotContain("\tat ");
        var bad = CliTestSupport.run("derive", "variation", "--density", "Run(\"ls\")", "--field", "f", "--coords",
                "x");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("string");
        assertThat(CliTestSupport.run("derive", "flow", "ricci-deturck").err()).contains("ricci-deturck");
        assertThat(CliTestSupport.run("derive", "flow", "calabi", "--dim", "7").err()).contains("--dim");
        assertThat(CliTestSupport.run("derive", "curvature", "--coords", "x,y", "--metric", "{{1,0},{0,1}}",
                "--format", "cobol").err()).contains("cobol");
        assertThat(CliTestSupport.run("derive", "flow", "calabi", "--format", "java").err())
                .contains("code generator");
    }
}
