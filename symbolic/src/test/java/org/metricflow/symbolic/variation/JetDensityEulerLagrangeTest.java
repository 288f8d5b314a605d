package org.metricflow.symbolic.variation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.codegen.Codegen;
import org.metricflow.symbolic.codegen.CompiledFunction;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.jet.JetSpace;

class JetDensityEulerLagrangeTest {

    private static final Chart XY = Chart.of("x", "y");

    private static Sym el(String density, Chart chart) {
        return EulerLagrange.derivative(Sym.parse(density), "f", chart);
    }

    private static void assertSame(Sym actual, String expected) {
        assertThat(actual.minus(Sym.parse(expected)).simplify().expand().isZero())
                .as(actual + " vs " + expected).isTrue();
    }

    @Test
    void dirichletEnergyGivesMinusLaplacian() {
        assertSame(el("(f$d1^2+f$d2^2)/2", XY), "-f$d11-f$d22");
    }

    @Test
    void massPlusOneDirectionGivesFMinusFxx() {
        assertSame(el("f^2/2+f$d1^2/2", XY), "f-f$d11");
    }

    @Test
    void weightedDirichletEnergyMatchesHandDerivation() {
        // ∂L/∂f = −e^{−f}|∇f|²; D_i(2e^{−f}f_i) = 2e^{−f}(f_ii − f_i²) ⇒ δ = e^{−f}(|∇f|² − 2Δf)
        assertSame(el("E^(-f)*(f$d1^2+f$d2^2)", XY), "E^(-f)*(f$d1^2+f$d2^2-2*f$d11-2*f$d22)");
    }

    @Test
    void mixedSecondDerivativeHasCoefficientOne() {
        // for L = f·f_xy: ∂L/∂f = f_xy, D_xD_y f = f_xy ⇒ δ = 2 f_xy
        assertSame(el("f*f$d12", XY), "2*f$d12");
    }

    /**
     * d/dε ∫L(f+εh) dx (central difference, ε = 1e-4) against ∫(δL/δf) h dx on a periodic grid of 128 points in
     * [0, 2π) (trapezoid rule, spectrally accurate), f = sin x + 0.3 cos 2x, h = cos x + 0.5 sin 3x, for a density
     * with f, f_x, f_xx and explicit x dependence (δL/δf then reads f up to f_xxxx).
     */
    @Test
    void firstVariationMatchesFiniteDifferenceOfTheFunctional() {
        Chart chart = Chart.of("x");
        String density = "E^(-f)*f$d1^2 + f^2*f$d11^2/2 + Sin(x)*f^3";
        Variables vars = Variables.of(new JetSpace(1, List.of("f")), List.of("x"));
        CompiledFunction l = Codegen.compile(List.of(Sym.parse(density)), List.of("L"), vars);
        // δL/δf of a second-order density is of fourth order
        CompiledFunction e = Codegen.compile(List.of(el(density, chart)), List.of("EL"),
                Variables.of(new JetSpace(1, 4, List.of("f")), List.of("x")));
        int n = 128;
        double dx = 2 * Math.PI / n;
        double eps = 1e-4;
        double plus = 0;
        double minus = 0;
        double pairing = 0;
        double[] out = new double[1];
        for (int k = 0; k < n; k++) {
            double x = k * dx;
            double[] f = {Math.sin(x) + 0.3 * Math.cos(2 * x), Math.cos(x) - 0.6 * Math.sin(2 * x),
                    -Math.sin(x) - 1.2 * Math.cos(2 * x), -Math.cos(x) + 2.4 * Math.sin(2 * x),
                    Math.sin(x) + 4.8 * Math.cos(2 * x)};
            double[] h = {Math.cos(x) + 0.5 * Math.sin(3 * x), -Math.sin(x) + 1.5 * Math.cos(3 * x),
                    -Math.cos(x) - 4.5 * Math.sin(3 * x)};
            l.evaluate(new double[] {f[0] + eps * h[0], f[1] + eps * h[1], f[2] + eps * h[2], x}, 0, out, 0);
            plus += out[0] * dx;
            l.evaluate(new double[] {f[0] - eps * h[0], f[1] - eps * h[1], f[2] - eps * h[2], x}, 0, out, 0);
            minus += out[0] * dx;
            e.evaluate(new double[] {f[0], f[1], f[2], f[3], f[4], x}, 0, out, 0);
            pairing += out[0] * h[0] * dx;
        }
        double fd = (plus - minus) / (2 * eps);
        assertThat(Math.abs(pairing)).isGreaterThan(0.1);
        assertThat(fd).isCloseTo(pairing, within(1e-6 * Math.max(1, Math.abs(pairing))));
    }
}
