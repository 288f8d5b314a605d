package org.metricflow.symbolic.cas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UntrustedExpressionTest {

    private static final List<String> COORDS = List.of("x", "y");
    private static final List<String> FIELDS = List.of("u");

    private static Sym parse(String text) {
        return UntrustedExpression.parse("--metric", text, COORDS, FIELDS);
    }

    @Test
    void acceptsMathematicsAndEvaluatesLikeTrustedParsing() {
        assertThat(parse("E^(2*u(x,y))*Sin(x)^2 + sqrt(y)/3 - Log(x)")).isEqualTo(
                Sym.parse("E^(2*u(x,y))*Sin(x)^2 + Sqrt(y)/3 - Log(x)"));
        assertThat(parse("exp(x)")).isEqualTo(Sym.parse("E^x"));
        assertThat(parse("D(u(x,y),x,y)")).isEqualTo(Sym.parse("Derivative(1,1)[u][x,y]"));
        assertThat(parse("Derivative(2,0)[u][x,y]")).isEqualTo(Sym.parse("D(u(x,y),x,x)"));
        assertThat(parse("x^(-3/2) + 2.5*Pi*I")).isEqualTo(Sym.parse("x^(-3/2) + 2.5*Pi*I"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Get(\"/etc/passwd\")                        | 'Get'",
            "Get(x)                                      | 'Get'",
            "ReadString(\"/etc/passwd\")                 | 'ReadString'",
            "Export(\"out.txt\", x)                      | 'Export'",
            "SystemDialogInput(x)                        | 'SystemDialogInput'",
            "JavaNew(x)                                  | 'JavaNew'",
            "x = 3                                       | 'Set'",
            "f(x) := x^2                                 | 'SetDelayed'",
            "x; y                                        | 'CompoundExpression'",
            "Runtime.getRuntime().exec(x)                | 'Dot'",
            "java.lang.System.exit(0)                    | 'Dot'",
            "x // Print                                  | 'Print'",
            "#^2 &                                       | 'Function'",
            "x_                                          | not allowed",
            "\"/etc/passwd\" + x                        | string",
            "z + x                                       | symbol 'z'",
            "v(x,y)                                      | 'v'",
            "u(x,y) -> 1                                 | 'Rule'",
            "{x, y}                                      | 'List'",
            "10^10^10                                    | constant exponent",
            "2^1000000                                   | constant exponent",
            "D(u(x,y), {x, 1000})                        | D differentiates",
            "x (* comment *) + Quit()                    | 'Quit'",
            "1.5e3 * x                                   | symbol 'e3'"})
    void rejectsHostileInputNamingTheToken(String input, String named) {
        assertThatThrownBy(() -> parse(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--metric: ").hasMessageContaining(named.replace("'", "'"));
    }

    @Test
    void rejectedDefinitionsAreNeverExecuted() {
        assertThatThrownBy(() -> parse("x = 3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UntrustedExpression.parse("--density", "u(t) := 7", List.of("t"), List.of("u")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Sym.parse("x + u(2)").toInputForm()).isEqualTo("x+u(2)");
    }

    @Test
    void rejectedExportWritesNoFile(@TempDir Path dir) {
        Path canary = dir.resolve("canary.txt");
        String text = "Export(\"" + canary.toString().replace("\\", "/") + "\", x)";
        assertThatThrownBy(() -> parse(text)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(canary)).isFalse();
    }

    @Test
    void garbageAndLimitsAreReportedNotThrownFromDeepInside() {
        assertThatThrownBy(() -> parse("x +* (")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot parse");
        assertThatThrownBy(() -> parse(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> parse("x+".repeat(UntrustedExpression.MAX_LENGTH))).hasMessageContaining("limit");
        assertThatThrownBy(() -> UntrustedExpression.parse("--coords", "pi", List.of("pi"), List.of()))
                .hasMessageContaining("built-in");
        // a huge integer built at evaluation time is not expanded (Sym.MAX_INTEGER_BITS): no hang, small result
        assertThat(parse("2^(x - x + 100000000)").toInputForm()).hasSizeLessThan(100);
    }

    @Test
    void openVocabularyAcceptsInertParametersAndFieldsButNoBuiltIns() {
        UntrustedExpression.Vocabulary open = UntrustedExpression.Vocabulary.open(List.of("theta", "phi"));
        assertThat(UntrustedExpression.parse("--metric", "r^2*Sin(theta)^2*w(theta,phi)", open))
                .isEqualTo(Sym.parse("r^2*Sin(theta)^2*w(theta,phi)"));
        assertThatThrownBy(() -> UntrustedExpression.parse("--metric", "get(x)", open))
                .hasMessageContaining("'get'");
        assertThatThrownBy(() -> UntrustedExpression.parse("--metric", "Export(r, 1)", open))
                .hasMessageContaining("'Export'");
        assertThatThrownBy(() -> UntrustedExpression.parse("--metric", "r^(s^(10^10))", open))
                .hasMessageContaining("constant exponent");
    }

    @Test
    void matricesAreSquareListsOfCheckedEntries() {
        UntrustedExpression.Vocabulary open = UntrustedExpression.Vocabulary.open(List.of("x", "y"));
        Sym[][] m = UntrustedExpression.parseMatrix("--metric", "{{E^(2*u(x,y)), 0}, {0, E^(2*u(x,y))}}", open);
        assertThat(m[0][0]).isEqualTo(Sym.parse("E^(2*u(x,y))"));
        assertThat(m[1][0]).isEqualTo(Sym.ZERO);
        assertThatThrownBy(() -> UntrustedExpression.parseMatrix("--metric", "{{1, 0}, {0}}", open))
                .hasMessageContaining("row 2");
        assertThatThrownBy(() -> UntrustedExpression.parseMatrix("--metric", "{{1, Get(\"f\")}, {0, 1}}", open))
                .hasMessageContaining("'Get'");
        assertThatThrownBy(() -> UntrustedExpression.parseMatrix("--metric", "x + y", open))
                .hasMessageContaining("square matrix");
    }
}
