package org.metricflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.metricflow.verification.Budget;
import org.metricflow.verification.ClaimOutcome;
import org.metricflow.verification.ClaimRegistry;
import org.metricflow.verification.Mutation;
import org.metricflow.verification.MutationOutcome;
import org.metricflow.verification.VerificationRunner;
import org.metricflow.verification.report.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code metricflow verify}: checks every registered claim of the paper and writes the report. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check every registered claim of the paper (symbolic identities, kernel normalisations, "
                + "local limits, analytic regressions) and write report.md + report.json.",
                "Without a terminal (logs, CI) one line per claim is printed as it finishes.",
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

    @Option(paramLabel = "S", names = "--seed", defaultValue = "20240101", description = "Base seed of every check (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--list", description = "List the registered claims and exit.")
    boolean list;

    @Option(names = "--mutate", description = "Run every check with its planted error (a perturbed reference, "
            + "formula or input) and report whether the check catches it (verdict FAILS); exit 1 when any planted "
            + "error is missed or a claim declares none. Writes no report.")
    boolean mutate;

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
        if (!mutate) {
            OutputPaths.requireWritableDirectory(out, "--out");
        }
        if (mutate) {
            return runMutations(registry, budget);
        }
        List<ClaimOutcome> outcomes;
        boolean bars;
        try (ProgressBar bar = Progress.bar(common, "verify", registry.claims().size())) {
            bars = bar != null;
            outcomes = VerificationRunner.run(registry, budget, (done, o) -> {
                if (bar != null) {
                    bar.stepTo(done);
                    bar.setExtraMessage(o.id());
                } else if (!common.json()) {
                    printOutcome(o);
                }
            });
        }
        if (bars) {
            outcomes.forEach(this::printOutcome);
        }
        VerificationReport report = new VerificationReport(outcomes, quick, seed);
        report.writeTo(out, errataLink());
        if (common.json()) {
            common.out().println(report.toJsonString());
        } else {
            common.out().println(report.summaryLine());
            common.out().println("report: " + out.resolve("report.md"));
        }
        return report.allPassed() ? 0 : ErrorHandler.FAILURE;
    }

    private void printOutcome(ClaimOutcome o) {
        common.out().printf(Locale.ROOT, "%-8s %-45s %-22s %6.1f s%n", o.result().verdict(), o.id(), o.equation(),
                o.seconds());
        common.out().flush();
    }

    /** docs/ERRATA.md relative to the report directory when run from a clone, else the repository path. */
    private String errataLink() {
        Path errata = Path.of("docs", "ERRATA.md").toAbsolutePath();
        if (!Files.isRegularFile(errata)) {
            return "docs/ERRATA.md";
        }
        return out.toAbsolutePath().normalize().relativize(errata).toString().replace('\\', '/');
    }

    private int runMutations(ClaimRegistry registry, Budget budget) {
        List<MutationOutcome> outcomes = VerificationRunner.mutate(registry, budget, (done, o) -> {
            if (!common.json()) {
                common.out().println(o.line());
                common.out().flush();
            }
        });
        long caught = outcomes.stream().filter(MutationOutcome::caught).count();
        long pending = outcomes.stream().filter(o -> o.mutation().status() == Mutation.Status.PENDING).count();
        long planted = outcomes.stream().filter(o -> o.mutation().status() == Mutation.Status.PLANTED).count();
        long missing = outcomes.size() - planted - pending;
        String summary = String.format(Locale.ROOT, "%d claims: %d planted errors caught, %d missed, %d pending, "
                + "%d without a mutation", outcomes.size(), caught, planted - caught, pending, missing);
        if (common.json()) {
            var root = Json.object();
            root.put("summary", summary);
            var arr = root.putArray("mutations");
            for (MutationOutcome o : outcomes) {
                var n = arr.addObject().put("id", o.id()).put("status", o.mutation().status().name())
                        .put("planted", o.mutation().description()).put("caught", o.caught());
                n.put("verdict", o.result() == null ? null : o.result().verdict().name());
            }
            common.out().println(Json.write(root));
        } else {
            common.out().println(summary);
        }
        return caught == planted && missing == 0 ? 0 : ErrorHandler.FAILURE;
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
