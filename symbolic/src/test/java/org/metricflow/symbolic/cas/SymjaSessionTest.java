package org.metricflow.symbolic.cas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SymjaSessionTest {

    @Test
    void differentiatesAndPrintsNoLoggerOutput() {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(captured, true, StandardCharsets.UTF_8);
        String d;
        String bad;
        try {
            System.setOut(sink);
            System.setErr(sink);
            SymjaSession s = new SymjaSession();
            d = s.evaluate("D(Sin(x)^2, x)");
            bad = s.evaluate("1/0");
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertThat(d).isEqualTo("2*Cos(x)*Sin(x)");
        assertThat(bad).isEqualTo("ComplexInfinity");
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
