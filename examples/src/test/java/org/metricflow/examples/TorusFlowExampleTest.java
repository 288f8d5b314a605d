package org.metricflow.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the example against the test stand-in of the generated Ricci velocity (conformal metrics). */
class TorusFlowExampleTest {

    @Test
    void printsTheBenchmarkValueForTheLocalFlowAndASlowerKernelFlow() {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            TorusFlowExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("local Ricci flow", "max|u| = 0.041835625", "kernel flow, sigma = 0.3");
        // the kernel damps the mode cos x at rate e^{-σ²/2} < 1: it decays more slowly
        String kernelLine = out.lines().filter(l -> l.startsWith("kernel")).findFirst().orElseThrow();
        double maxU = Double.parseDouble(kernelLine.replaceAll(".*max\\|u\\| = ([0-9.]+).*", "$1"));
        assertThat(maxU).isGreaterThan(0.0419);
    }
}
