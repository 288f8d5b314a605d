package org.metricflow.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.metricflow.verification.Budget;
import org.metricflow.verification.ClaimOutcome;
import org.metricflow.verification.ClaimRegistry;
import org.metricflow.verification.VerificationRunner;
import org.metricflow.verification.report.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow verify}: checks every registered claim of the paper and writes the report. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check every registered claim of the paper (symbolic identities, kernel normalisations, "
                + "local limits, analytic regressions) and write report.md + report.json.",
                "Exit status: 0 when every claim holds or is a confirmed erratum, 1 when any fails, 2 on bad input."})
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Option(names = "--out", defaultValue = "metricflow-report", paramLabel = "DIR",
            description = "Directory for report.md and report.json (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--quick", description = "Reduced budget (smaller samples, grids, widths) suitable for CI.")
    boolean quick;

    @Option(names = "--only", paramLabel = "GLOB", description = "Run only the claims whose id matches, e.g. 'kernel.*'.")
    String only;

    @Option(names = "--seed", defaultValue = "20240101", description = "Base seed of every check (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--list", description = "List the registered claims and exit.")
    boolean list;

    @Override
    public Integer call() {
        ClaimRegistry registry = ClaimRegistry.load();
        if (only != null) {
            registry = registry.filter(only);
        }
        if (list) {
            printList(registry);
            return 0;
        }
        Budget budget = new Budget(quick, seed);
        List<ClaimOutcome> outcomes;
        try (ProgressBar bar = Progress.bar(common, "verify", registry.claims().size())) {
            outcomes = VerificationRunner.run(registry, budget, (done, o) -> {
                if (bar != null) {
                    bar.stepTo(done);
                    bar.setExtraMessage(o.id());
                }
            });
        }
        VerificationReport report = new VerificationReport(outcomes, quick, seed);
        report.writeTo(out);
        if (common.json()) {
            common.out().println(report.toJsonString());
        } else {
            for (ClaimOutcome o : outcomes) {
                common.out().printf(Locale.ROOT, "%-8s %-45s %s%n", o.result().verdict(), o.id(), o.equation());
            }
            common.out().println(report.summaryLine());
            common.out().println("report: " + out.resolve("report.md"));
        }
        return report.allPassed() ? 0 : ErrorHandler.FAILURE;
    }

    private void printList(ClaimRegistry registry) {
        if (common.json()) {
            var arr = Json.object().putArray("claims");
            registry.claims().forEach(c -> arr.addObject().put("id", c.id()).put("equation", c.equation())
                    .put("statement", c.statement()));
            common.out().println(Json.write(arr));
        } else {
            registry.claims().forEach(c -> common.out().printf(Locale.ROOT, "%-45s %-20s %s%n", c.id(), c.equation(),
                    c.statement()));
        }
    }
}
