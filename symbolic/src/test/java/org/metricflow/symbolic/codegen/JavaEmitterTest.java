package org.metricflow.symbolic.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.codehaus.janino.SimpleCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricflow.symbolic.cas.SafeParser;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.tree.Call;
import org.metricflow.symbolic.tree.Constant;
import org.metricflow.symbolic.tree.Expr;
import org.metricflow.symbolic.tree.MathFunction;
import org.metricflow.symbolic.tree.Product;
import org.metricflow.symbolic.tree.Sum;
import org.metricflow.symbolic.tree.Variable;

/** Shape of the generated source (CSE, powers, Math calls, folding, splitting) and its values against closed forms. */
class JavaEmitterTest {

    private static final Variables XY = Variables.of(List.of("x", "y"));

    private static String source(String... exprs) {
        List<Sym> syms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String e : exprs) {
            syms.add(new SafeParser(XY).parse(e));
            names.add("f" + names.size());
        }
        return Codegen.javaSource(syms, names, XY);
    }

    private static double[] eval(double x, double y, String... exprs) {
        List<Sym> syms = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String e : exprs) {
            syms.add(new SafeParser(XY).parse(e));
            names.add("f" + names.size());
        }
        CompiledFunction f = Codegen.compile(syms, names, XY);
        double[] out = new double[exprs.length];
        f.evaluate(new double[] {x, y}, 0, out, 0);
        return out;
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void commonSubexpressionsAreComputedOnceAcrossOutputs() {
        String src = source("Sin(x*y)^2 + Exp(x*y)", "Sin(x*y)*Cos(x*y)", "Exp(x*y)/y");
        assertThat(count(src, "Math.sin(")).isEqualTo(1);
        assertThat(count(src, "Math.cos(")).isEqualTo(1);
        assertThat(count(src, "Math.exp(")).isEqualTo(1);
        assertThat(count(src, "x0 * x1")).isEqualTo(1);
        double[] v = eval(0.7, 1.3, "Sin(x*y)^2 + Exp(x*y)", "Sin(x*y)*Cos(x*y)", "Exp(x*y)/y");
        double s = Math.sin(0.91);
        assertThat(v[0]).isCloseTo(s * s + Math.exp(0.91), within(1e-15));
        assertThat(v[1]).isCloseTo(s * Math.cos(0.91), within(1e-15));
        assertThat(v[2]).isCloseTo(Math.exp(0.91) / 1.3, within(1e-15));
    }

    @Test
    void integerPowersAreRepeatedSquaring() {
        String src = source("x^13");
        assertThat(src).doesNotContain("Math.pow");
        // x^13 = x^8·x^4·x: three squarings and two multiplications
        assertThat(count(src.substring(src.indexOf("void run(")), " * ")).isEqualTo(5);
        assertThat(eval(1.1, 0, "x^13")[0]).isCloseTo(Math.pow(1.1, 13), within(1e-14 * Math.pow(1.1, 13)));
    }

    @Test
    void negativePowersAreReciprocals() {
        String src = source("y/(1 + x^2)^3");
        assertThat(src).doesNotContain("Math.pow").contains(" / ");
        assertThat(eval(0.5, 2, "y/(1 + x^2)^3")[0]).isCloseTo(2 / Math.pow(1.25, 3), within(1e-15));
    }

    @Test
    void exponentialsAndRootsUseMathExpAndSqrt() {
        String src = source("E^(x*y) + Sqrt(1 + x^2) + (1 + y^2)^(3/2) + 1/Sqrt(2 + x)");
        assertThat(src).contains("Math.exp(", "Math.sqrt(").doesNotContain("Math.pow", "Math.E");
        double x = 0.3;
        double y = -0.4;
        double expected = Math.exp(x * y) + Math.sqrt(1 + x * x) + Math.pow(1 + y * y, 1.5) + 1 / Math.sqrt(2 + x);
        assertThat(eval(x, y, "E^(x*y) + Sqrt(1 + x^2) + (1 + y^2)^(3/2) + 1/Sqrt(2 + x)")[0])
                .isCloseTo(expected, within(1e-14));
    }

    @Test
    void constantsAreFolded() {
        // Log(2), Sqrt(3), Pi are exact in Symja; the generated code sees one literal per constant factor
        String src = source("Log(2)*x + Sqrt(3)*Pi*y");
        assertThat(src).doesNotContain("Math.log", "Math.sqrt", "Math.PI");
        assertThat(eval(1.5, -2, "Log(2)*x + Sqrt(3)*Pi*y")[0])
                .isCloseTo(Math.log(2) * 1.5 - 2 * Math.sqrt(3) * Math.PI, within(1e-14));
        // folding in the DAG itself: a tree with constant subtrees becomes one literal
        Expr tree = new Sum(List.of(new Call(MathFunction.EXP, new Constant(1)),
                new Product(List.of(new Constant(2), new Constant(3), new Variable("x")))));
        String folded = Codegen.javaSource(new FunctionDefinition(List.of("x"), List.of("f"), List.of(tree)));
        assertThat(folded).contains("6.0 * x0").contains(Double.toString(Math.E)).doesNotContain("Math.exp");
    }

    /**
     * 400 outputs sharing subexpressions plus one sum of 600 products: far more than one method may hold. Every
     * method of the compiled class must stay under HotSpot's 8000-byte limit (larger methods are never JIT-compiled);
     * the sizes are read from the class file with javap.
     */
    @Test
    void largeFunctionsAreSplitIntoJitCompilableMethods(@TempDir Path dir) throws Exception {
        List<Sym> outs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        SafeParser p = new SafeParser(XY);
        for (int k = 1; k <= 400; k++) {
            outs.add(p.parse("Sin(" + k + "*x*y) + Cos(x + " + k + "*y)^2 + x^" + (k % 7 + 2)));
            names.add("f" + k);
        }
        StringBuilder big = new StringBuilder("0");
        for (int k = 1; k <= 600; k++) {
            big.append(" + ").append(k).append("*x^").append(k % 5 + 1).append("*Sin(").append(k).append("*y)");
        }
        outs.add(p.parse(big.toString()));
        names.add("big");
        CompiledFunction f = Codegen.compile(outs, names, XY);
        assertThat(f.source()).contains("part1(").contains("w[0]");
        double[] out = new double[401];
        f.evaluate(new double[] {0.3, 0.7}, 0, out, 0);
        for (int k = 1; k <= 400; k++) {
            double c = Math.cos(0.3 + k * 0.7);
            double expected = Math.sin(k * 0.21) + c * c + Math.pow(0.3, k % 7 + 2);
            assertThat(out[k - 1]).as("f%d", k).isCloseTo(expected, within(1e-13));
        }
        double sum = 0;
        for (int k = 1; k <= 600; k++) {
            sum += k * Math.pow(0.3, k % 5 + 1) * Math.sin(k * 0.7);
        }
        assertThat(out[400]).isCloseTo(sum, within(1e-12 * Math.abs(sum)));
        assertThat(largestMethodBytes(f.source(), dir)).isBetween(1000, 7999);
    }

    private static int largestMethodBytes(String source, Path dir) throws Exception {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(GeneratedFunction.class.getClassLoader());
        compiler.cook(source);
        Path file = dir.resolve(JavaEmitter.CLASS_NAME + ".class");
        Files.write(file, compiler.getBytecodes().get(JavaEmitter.CLASS_NAME));
        StringWriter listing = new StringWriter();
        int rc = ToolProvider.findFirst("javap").orElseThrow()
                .run(new PrintWriter(listing), new PrintWriter(new StringWriter()), "-c", "-p", file.toString());
        assertThat(rc).isZero();
        int largest = 0;
        Matcher m = Pattern.compile("(?m)^\\s+(\\d+): \\w+").matcher(listing.toString());
        while (m.find()) {
            largest = Math.max(largest, Integer.parseInt(m.group(1)));
        }
        return largest;
    }

    @Test
    void batchEvaluationMatchesPointwiseAndChecksSizes() {
        CompiledFunction f = Codegen.compile(List.of(new SafeParser(XY).parse("x*Exp(y)"),
                new SafeParser(XY).parse("x - y")), List.of("a", "b"), XY);
        double[] in = {1, 0, 2, 1, -1, 2};
        double[] out = new double[6];
        f.evaluateBatch(in, out, 3);
        for (int p = 0; p < 3; p++) {
            double[] one = new double[2];
            f.evaluate(in, 2 * p, one, 0);
            assertThat(new double[] {out[2 * p], out[2 * p + 1]}).containsExactly(one);
        }
        assertThat(out[2]).isEqualTo(2 * Math.E);
        assertThatThrownBy(() -> f.evaluateBatch(in, new double[5], 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out.length >= 6");
    }

    @Test
    void identicalFunctionsReuseTheCompiledClass() {
        FunctionDefinition def = Codegen.define(List.of(new SafeParser(XY).parse("x^3 + Tanh(y)")), List.of("q"), XY);
        CompiledFunction a = Codegen.compile(def);
        int classes = RuntimeCompiler.cachedClasses();
        CompiledFunction b = Codegen.compile(def);
        assertThat(RuntimeCompiler.cachedClasses()).isEqualTo(classes);
        assertThat(b.getClass()).isSameAs(a.getClass());
        assertThat(b.inputNames()).containsExactly("x", "y");
        assertThat(b.outputNames()).containsExactly("q");
    }

    @Test
    void namesMustBeIdentifiers() {
        Expr x = new Variable("x");
        assertThatThrownBy(() -> new FunctionDefinition(List.of("x"), List.of("f\"); System.exit(1); //"),
                List.of(x))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("output name");
        assertThatThrownBy(() -> new FunctionDefinition(List.of("x */ y"), List.of("f"), List.of(x)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("input name");
        assertThatThrownBy(() -> new Variable("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Codegen.javaSource(new FunctionDefinition(List.of("y"), List.of("f"), List.of(x))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("variable 'x' is not an input");
    }
}
