package org.metricflow.symbolic.cas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matheclipse.core.basic.Config;
import org.metricflow.symbolic.jet.JetSpace;

/** Hostile text never gets past the parser, and nothing in it is evaluated. */
class SafeParserTest {

    private static final Variables JET = Variables.of(new JetSpace(2, 2, List.of("phi")), List.of("x", "y"));
    private static final SafeParser PARSER = new SafeParser(JET);

    @Test
    void parsesWhitelistedMathInJetVariables() {
        Sym s = PARSER.parse("(phi_d1^2 + phi_d2^2)*Exp(-phi) + Sqrt(1 + x^2)/Cosh(y) - ArcTan(phi_d12)");
        assertThat(s).isEqualTo(Sym.parse(
                "(phi$d1^2 + phi$d2^2)*E^(-phi) + Sqrt(1 + x^2)/Cosh(y) - ArcTan(phi$d12)"));
        assertThat(PARSER.parse("{x, y^2}").toInputForm()).isEqualTo("{x,y^2}");
        assertThat(new SafeParser(Variables.of(List.of("x", "y")), List.of("u")).parse("E^(2*u(x,y))").toInputForm())
                .isEqualTo("E^(2*u(x,y))");
    }

    @Test
    void rejectsJavaFragmentsQuotesAndComments() {
        assertRejected("\"); System.exit(1); //", "forbidden character '\"'");
        assertRejected("x; System.exit(1)", "forbidden character ';'");
        assertRejected("x /* y */", "cannot parse");
        assertRejected("x // y", "function 'y' is not allowed"); // postfix application y(x)
        assertRejected("x'", "forbidden character '''");
        assertRejected("x\\u0022", "forbidden character '\\'");
        assertRejected("x\u2028y", "forbidden character '\\u2028'");
        assertRejected("Runtime.getRuntime()", "function 'Dot' is not allowed");
    }

    @Test
    void rejectsSymjaSystemFileAndDefinitionFunctions() {
        assertRejected("Get(\"/etc/passwd\")", "forbidden character '\"'");
        assertRejected("<< /etc/passwd", "forbidden character '<'");
        assertRejected("Export(\"/tmp/x.txt\", x)", "forbidden character '\"'");
        assertRejected("SystemDialogInput()", "function 'SystemDialogInput' is not allowed");
        assertRejected("JavaNew(x)", "function 'JavaNew' is not allowed");
        assertRejected("Run(ls)", "function 'run' is not allowed"); // relaxed syntax folds unknown names to lower case
        assertRejected("Exit()", "function 'Exit' is not allowed");
        assertRejected("ReadString(x)", "function 'ReadString' is not allowed");
        assertRejected("f(x_) := x^2", "forbidden character ':'");
        assertRejected("x_", "unknown variable 'x_'");
        assertRejected("x = 5", "forbidden character '='");
        assertRejected("x++", "function 'Increment' is not allowed");
        assertRejected("Sin(x) & ", "forbidden character '&'");
        assertRejected("#^2", "forbidden character '#'");
        assertRejected("$Version", "forbidden character '$'");
        assertRejected("psi + x", "unknown symbol 'psi'");
        assertRejected("D(phi, x)", "function 'D' is not allowed");
        assertRejected("Hold(x)", "function 'Hold' is not allowed");
        assertRejected("u(x, y)", "function 'u' is not allowed");
    }

    @Test
    void rejectsResourceExhaustion() {
        assertRejected("x^100000", "exponent 100000 is too large");
        assertRejected("(".repeat(250) + "x" + ")".repeat(250), "nested deeper than 200");
        assertRejected("x+".repeat(60_000) + "x", "more than 100000");
        assertRejected("", "empty");
        // exact integers are capped at MAX_BIT_LENGTH bits: Symja leaves such powers unevaluated, quickly
        assertThat(PARSER.parse("2^(10^12) + x").leafCount()).isLessThan(20);
    }

    @Test
    void nothingIsEvaluatedAndTheFileSystemStaysClosed(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.m"), "x = 42");
        Path target = dir.resolve("written.txt");
        assertRejected("Get(\"" + secret + "\")", "forbidden character");
        assertRejected("Export(\"" + target + "\", {1})", "forbidden character");
        assertRejected("x++", "Increment");
        // a rejected increment must not have assigned x
        assertThat(PARSER.parse("x").toInputForm()).isEqualTo("x");
        assertThat(Files.exists(target)).isFalse();
        assertThat(Config.FILESYSTEM_ENABLED).isFalse();
        assertThat(Sym.evaluator().getEvalEngine().isFileSystemEnabled()).isFalse();
    }

    private static void assertRejected(String hostile, String message) {
        assertThatThrownBy(() -> PARSER.parse(hostile)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
        assertThat(Config.FILESYSTEM_ENABLED).isFalse();
    }
}
