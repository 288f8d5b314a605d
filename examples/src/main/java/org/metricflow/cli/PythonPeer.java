package org.metricflow.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python peer of a benchmark ({@code python3 args…} in {@code directory}) and captures its combined
 * stdout/stderr. A peer that cannot run (no python3, numpy missing, non-zero exit, timeout) is not an error of the
 * benchmark: the run reports why, so the caller can print a "skipped" note instead of the ratio.
 *
 * @param directory working directory of the script
 * @param timeout   longest wait before the process is killed
 */
record PythonPeer(Path directory, Duration timeout) {

    /** Outcome of one run: {@code output} when python3 exited with status 0, else {@code failure} (the reason). */
    record Run(String output, String failure) {

        boolean succeeded() {
            return failure == null;
        }
    }

    /** Runs {@code python3 args…}; never throws for a peer that cannot run. */
    Run run(String... args) {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Run(output, "python3 did not finish in " + timeout.toMinutes() + " minutes");
            }
            if (p.exitValue() != 0) {
                String reason = output.lines().filter(l -> l.contains("Error")).findFirst()
                        .or(() -> output.lines().reduce((a, b) -> b))
                        .orElse("exit status " + p.exitValue());
                return new Run(output, "python3/numpy failed (" + reason.trim() + ")");
            }
            return new Run(output, null);
        } catch (IOException e) {
            return new Run("", "python3 not available (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Run("", "interrupted");
        }
    }
}
