package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.Sym;

class DeriveCommandTest {

    private static JsonNode json(CliTestSupport.Run run) throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    /** Whether the difference of two Symja texts simplifies to zero. */
    private static boolean same(String a, String b) {
        return Sym.parse("(" + a + ")-(" + b + ")").simplify().expand().isZero();
    }

    @Test
    void conformalMetricHasScalarMinusTwoExpMinusTwoULaplacianU() throws Exception {
        JsonNode out = json(CliTestSupport.run("derive", "curvature", "--coords", "x,y", "--metric",
                "{{E^(2*u(x,y)),0},{0,E^(2*u(x,y))}}", "--json"));
        // by hand: R = -2 e^{-2u} (u_xx + u_yy)
        assertThat(same(out.get("scalar").asText(),
                "-2*E^(-2*u(x,y))*(Derivative(2,0)[u][x,y]+Derivative(0,2)[u][x,y])")).isTrue();
        // Γ^k_ij = δ^k_i u_j + δ^k_j u_i − δ_ij u_k: Γ^1_11 = u_x, Γ^1_22 = −u_x, Γ^1_12 = u_y, Γ^2_12 = u_x
        assertThat(same(out.get("christoffel").get("1,1,1").asText(), "Derivative(1,0)[u][x,y]")).isTrue();
        assertThat(same(out.get("christoffel").get("1,2,2").asText(), "-Derivative(1,0)[u][x,y]")).isTrue();
        assertThat(same(out.get("christoffel").get("1,1,2").asText(), "Derivative(0,1)[u][x,y]")).isTrue();
        assertThat(same(out.get("christoffel").get("2,1,2").asText(), "Derivative(1,0)[u][x,y]")).isTrue();
        assertThat(out.get("christoffel")).hasSize(6);
        assertThat(out.get("ricci")).hasSize(3);
        // Ric = (R/2) g in 2D
        assertThat(same(out.get("ricci").get("1,1").asText(),
                "-(Derivative(2,0)[u][x,y]+Derivative(0,2)[u][x,y])")).isTrue();
    }

    @Test
    void roundSphereOfRadiusRHasScalarTwoOverRSquared() throws Exception {
        JsonNode out = json(CliTestSupport.run("derive", "curvature", "--coords", "theta,ph", "--metric",
                "{{r^2,0},{0,r^2*Sin(theta)^2}}", "--params", "r", "--json"));
        assertThat(same(out.get("scalar").asText(), "2/r^2")).isTrue();
        assertThat(same(out.get("ricci").get("1,1").asText(), "1")).isTrue();
    }

    @Test
    void roundThreeSphereHasScalarSixOverRSquaredAndFlatSphericalCoordinatesAreFlat() throws Exception {
        JsonNode s3 = json(CliTestSupport.run("derive", "curvature", "--coords", "chi,theta,ph", "--params", "r",
                "--metric", "{{r^2,0,0},{0,r^2*Sin(chi)^2,0},{0,0,r^2*Sin(chi)^2*Sin(theta)^2}}", "--json"));
        assertThat(same(s3.get("scalar").asText(), "6/r^2")).isTrue();
        JsonNode flat = json(CliTestSupport.run("derive", "curvature", "--coords", "rr,theta,ph", "--metric",
                "{{1,0,0},{0,rr^2,0},{0,0,rr^2*Sin(theta)^2}}", "--json"));
        assertThat(flat.get("ricci")).hasSize(6);
        flat.get("ricci").forEach(c -> assertThat(same(c.asText(), "0")).as(c.asText()).isTrue());
    }

    @Test
    void flatMetricInPolarCoordinatesHasZeroRicci() throws Exception {
        JsonNode out = json(CliTestSupport.run("derive", "curvature", "--coords", "r,t", "--metric",
                "{{1,0},{0,r^2}}", "--json"));
        out.get("ricci").forEach(c -> assertThat(same(c.asText(), "0")).as(c.asText()).isTrue());
        assertThat(same(out.get("scalar").asText(), "0")).isTrue();
        assertThat(same(out.get("christoffel").get("1,2,2").asText(), "-r")).isTrue();
        assertThat(same(out.get("christoffel").get("2,1,2").asText(), "1/r")).isTrue();
    }

    @Test
    void latexFormatPrintsTex() throws Exception {
        JsonNode out = json(CliTestSupport.run("derive", "curvature", "--coords", "theta,ph", "--metric",
                "{{r^2,0},{0,r^2*Sin(theta)^2}}", "--params", "r", "--format", "latex", "--json"));
        assertThat(out.get("scalar").asText()).contains("\\frac");
    }

    @Test
    void hostileAndMalformedMetricsAreRejectedWithExitTwo() {
        CliTestSupport.Run get = CliTestSupport.run("derive", "curvature", "--coords", "x,y", "--metric",
                "{{Get(\"/etc/passwd\"),0},{0,1}}");
        assertThat(get.exit()).isEqualTo(2);
        assertThat(get.err()).contains("\"");
        CliTestSupport.Run exit = CliTestSupport.run("derive", "curvature", "--coords", "x,y", "--metric",
                "\"; System.exit(1)");
        assertThat(exit.exit()).isEqualTo(2);
        CliTestSupport.run("derive", "curvature", "--coords", "x,y", "--metric", "{{Get(x),0},{0,1}}");
        CliTestSupport.Run builtin = CliTestSupport.run("derive", "curvature", "--coords", "x,y", "--metric",
                "{{Get(x),0},{0,1}}");
        assertThat(builtin.exit()).isEqualTo(2);
        assertThat(builtin.err()).contains("Get");
        CliTestSupport.Run asym = CliTestSupport.run("derive", "curvature", "--coords", "x,y", "--metric",
                "{{1,x},{0,1}}");
        assertThat(asym.exit()).isEqualTo(2);
        assertThat(asym.err()).contains("symmetric");
        CliTestSupport.Run size = CliTestSupport.run("derive", "curvature", "--coords", "x,y,z", "--metric",
                "{{1,0},{0,1}}");
        assertThat(size.exit()).isEqualTo(2);
        assertThat(size.err()).contains("3x3");
    }

    @Test
    void ricciFlowVelocityNamesAndVanishingInOneDimension() throws Exception {
        JsonNode out = json(CliTestSupport.run("derive", "flow", "ricci", "--dim", "2", "--json"));
        assertThat(out.get("velocity").fieldNames()).toIterable().containsExactly("g11_t", "g12_t", "g22_t");
        assertThat(out.get("velocity").get("g12_t").asText()).contains("g12$d12");
        // every 1D metric is flat: Ric = 0
        JsonNode one = json(CliTestSupport.run("derive", "flow", "ricci", "--dim", "1", "--json"));
        assertThat(same(one.get("velocity").get("g11_t").asText(), "0")).isTrue();
        assertThat(same(one.get("sqrt_det_g").asText(), "Sqrt(g11)")).isTrue();
    }

    @Test
    void perelmanFlowHasPhiEvolutionAndJavaSource() throws Exception {
        JsonNode out = json(CliTestSupport.run("derive", "flow", "perelman", "--dim", "1", "--json"));
        // 1D: R = 0, Hessian φ'' − Γ φ', Γ = g'/(2g); φ_t = −Δφ = −(φ''/g − g'φ'/(2g²))
        assertThat(same(out.get("velocity").get("phi_t").asText(),
                "-(phi$d11/g11 - g11$d1*phi$d1/(2*g11^2))")).isTrue();
        assertThat(same(out.get("velocity").get("g11_t").asText(),
                "-2*(phi$d11 - g11$d1*phi$d1/(2*g11))")).isTrue();
        assertThat(same(out.get("F_density").asText(), "phi$d1^2/g11*E^(-phi)*Sqrt(g11)")).isTrue();
        JsonNode tex = json(CliTestSupport.run("derive", "flow", "perelman", "--dim", "1", "--format", "latex",
                "--json"));
        assertThat(tex.get("velocity").get("phi_t").asText()).contains("\\partial_{11} \\phi", "g_{11}");
        CliTestSupport.Run java = CliTestSupport.run("derive", "flow", "ricci", "--dim", "2", "--format", "java");
        assertThat(java.exit()).isZero();
        assertThat(java.out()).contains("double");
    }

    @Test
    void namedFlowsPrintTheirEquationsWithPaperNumbers() throws Exception {
        JsonNode p = json(CliTestSupport.run("derive", "flow", "perelman", "--dim", "2", "--json"));
        assertThat(p.get("local-network-flow").has("dg_12/dt")).isTrue();
        assertThat(p.get("natural-kernel").has("K(g12,phi)")).isTrue();
        assertThat(p.get("notes").get("metric-gradient").asText()).startsWith("eq. (2.41)");
        JsonNode c = json(CliTestSupport.run("derive", "flow", "calabi", "--json"));
        // Calabi flow dphi/dt = R linearised at the flat torus: -|k|^4/16 (bi-Laplacian, Wirtinger 1/4 per Laplacian)
        assertThat(same(c.get("linear-symbol").get("M(k)").asText(), "-(k1^2+k2^2)^2/16")).isTrue();
        CliTestSupport.Run text = CliTestSupport.run("derive", "flow", "monge-ampere-ultralocal");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("flow-quadratic:  # eq. (B.21)", "dphi/dt = ");
        CliTestSupport.Run java = CliTestSupport.run("derive", "flow", "kahler-ricci", "--format", "java");
        assertThat(java.exit()).isZero();
        assertThat(java.out()).contains("phi_d12");
    }

    @Test
    void unknownFlowsAndDimensionsExitTwo() {
        CliTestSupport.Run unknown = CliTestSupport.run("derive", "flow", "ricci-deturck");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("ricci-deturck", "calabi");
        CliTestSupport.Run dim = CliTestSupport.run("derive", "flow", "calabi", "--dim", "7");
        assertThat(dim.exit()).isEqualTo(2);
        assertThat(dim.err()).contains("--dim", "7");
    }

    @Test
    void variationOfDirichletEnergyIsMinusLaplacian() throws Exception {
        JsonNode out = json(CliTestSupport.run("derive", "variation", "--density", "(f_d1^2+f_d2^2)/2", "--field", "f",
                "--coords", "x,y", "--json"));
        assertThat(same(out.get("euler_lagrange").asText(), "-f$d11-f$d22")).isTrue();
        CliTestSupport.Run hostile = CliTestSupport.run("derive", "variation", "--density", "Get(x)", "--field", "f",
                "--coords", "x,y");
        assertThat(hostile.exit()).isEqualTo(2);
    }

    @Test
    void variationWithRespectToTwoFieldsGivesOneExpressionEach() throws Exception {
        // L = u' phi' + u^2 phi / 2: dL/du = u phi - phi'', dL/dphi = u^2/2 - u'' (by hand)
        JsonNode out = json(CliTestSupport.run("derive", "variation", "--density", "u_d1*phi_d1 + u^2*phi/2",
                "--field", "u,phi", "--coords", "x", "--json"));
        assertThat(same(out.get("euler_lagrange").get("u").asText(), "u*phi - phi$d11")).isTrue();
        assertThat(same(out.get("euler_lagrange").get("phi").asText(), "u^2/2 - u$d11")).isTrue();
        CliTestSupport.Run twice = CliTestSupport.run("derive", "variation", "--density", "u^2", "--field", "u,u",
                "--coords", "x");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("twice");
    }
}
