package org.metricflow.symbolic.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.metricflow.symbolic.cas.SafeParser;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;

/** Generated code against Symja's own numeric evaluation of the same expressions (relative error ≤ 1e-12). */
class CodegenAccuracyTest {

    private static final double TOLERANCE = 1e-12;
    private static final Variables XYZ = Variables.of(List.of("x", "y", "z"));
    private static final SafeParser PARSER = new SafeParser(XYZ);

    /** 100 random jets per reference density; value and every gradient entry. */
    @Test
    void referenceDensitiesAgreeWithSymjaOnRandomJets() {
        RandomGenerator rng = new Well19937c(20240611L);
        for (DensityCase c : ReferenceDensities.all()) {
            double err = SymjaCrossCheck.maxRelativeError(c.compile(), 100, rng);
            assertThat(err).as(c.name()).isLessThanOrEqualTo(TOLERANCE);
        }
    }

    /**
     * 150 random trees of depth ≤ 4 over every whitelisted head but Abs, each with its x, y, z partial derivatives as
     * extra outputs of the same function, at 4 random points in [−1, 1]³.
     */
    @Test
    void randomTreesAndTheirDerivativesAgreeWithSymja() {
        RandomGenerator rng = new Well19937c(7L);
        RandomExpressionText text = new RandomExpressionText(rng, false);
        for (int t = 0; t < 150; t++) {
            Sym f = PARSER.parse(text.next(4));
            assertAgreement(List.of(f, f.d(XYZ.symbol("x")), f.d(XYZ.symbol("y")), f.d(XYZ.symbol("z"))), rng);
        }
    }

    /** 60 random trees of depth ≤ 4 that also use Abs (values only), at 4 random points each. */
    @Test
    void randomTreesWithAbsAgreeWithSymja() {
        RandomGenerator rng = new Well19937c(8L);
        RandomExpressionText text = new RandomExpressionText(rng, true);
        for (int t = 0; t < 60; t++) {
            assertAgreement(List.of(PARSER.parse(text.next(4))), rng);
        }
    }

    private static void assertAgreement(List<Sym> outputs, RandomGenerator rng) {
        List<String> names = List.of("f0", "f1", "f2", "f3").subList(0, outputs.size());
        CompiledFunction compiled = Codegen.compile(outputs, names, XYZ);
        List<double[]> points = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            points.add(new double[] {2 * rng.nextDouble() - 1, 2 * rng.nextDouble() - 1, 2 * rng.nextDouble() - 1});
        }
        assertThat(SymjaCrossCheck.maxRelativeError(compiled, outputs, XYZ, points))
                .as("%s", outputs.get(0)).isLessThanOrEqualTo(TOLERANCE);
    }
}
