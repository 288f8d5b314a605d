package org.metricflow.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricflow.verification.report.VerificationReport;

class VerificationRunnerTest {

    private static Claim claim(String id, java.util.function.Function<Budget, CheckResult> body) {
        return new Claim() {
            public String id() { return id; }
            public String equation() { return "eq. (0.0)"; }
            public String statement() { return "test claim " + id; }
            public CheckResult check(Budget b) { return body.apply(b); }
        };
    }

    @Test
    void compareJudgesByTolerance() {
        assertThat(CheckResult.compare("x", 1.0005, 1.0, 1e-3, "").verdict()).isEqualTo(Verdict.HOLDS);
        assertThat(CheckResult.compare("x", 1.01, 1.0, 1e-3, "").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(CheckResult.compare("x", Double.NaN, 1.0, 1e-3, "").verdict()).isEqualTo(Verdict.FAILS);
        assertThat(CheckResult.erratum("x", 2.0, 2.0, 0, "", "A = sqrt(2)").verdict()).isEqualTo(Verdict.ERRATUM);
        assertThat(CheckResult.erratum("x", 2.5, 2.0, 0.1, "", "A = sqrt(2)").verdict()).isEqualTo(Verdict.FAILS);
        assertThatThrownBy(() -> new CheckResult(1, 1, 0, Verdict.ERRATUM, "", "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("corrected form");
    }

    @Test
    void runnerTurnsExceptionsIntoErrorsAndReportsProgress(@TempDir Path dir) throws Exception {
        List<Claim> claims = List.of(
                claim("a.holds", b -> CheckResult.compare("x", 2.0, 2.0, 0, "exact")),
                claim("b.throws", b -> { throw new IllegalStateException("boom 42"); }),
                claim("c.quick", b -> CheckResult.compare("budget", b.scale(1, 2), 1, 0, "")));
        List<Integer> progress = new ArrayList<>();
        var outcomes = VerificationRunner.run(ClaimRegistry.of(claims), Budget.QUICK, (n, o) -> progress.add(n));
        assertThat(progress).containsExactly(1, 2, 3);
        assertThat(outcomes).extracting(o -> o.result().verdict())
                .containsExactly(Verdict.HOLDS, Verdict.ERROR, Verdict.HOLDS);
        assertThat(outcomes.get(1).result().detail()).contains("boom 42");

        VerificationReport report = new VerificationReport(outcomes, true, 7);
        assertThat(report.allPassed()).isFalse();
        assertThat(report.summaryLine()).isEqualTo("3 claims: 2 hold, 0 errata confirmed, 0 fail, 1 errors");
        report.writeTo(dir, "../docs/ERRATA.md");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(json.get("claims")).hasSize(3);
        assertThat(json.get("claims").get(1).get("measured").isNull()).isTrue();
        assertThat(Files.readString(dir.resolve("report.md"))).contains("| `a.holds` |", "**ERROR**");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.md",
                    "report.json");
        }
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("report.md"))))
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void erratumRowsShowThePrintedDeviationAndLinkTheirEntry() {
        CheckResult r = CheckResult.erratum("ratio", 1.0, 1.0, 1e-6, "", "A = sqrt(2)")
                .withBasis("finite differences vs corrected formula", "rounding of the difference quotient")
                .withPrinted(1.0, "printed / finite differences - 1");
        assertThat(r.verdict()).isEqualTo(Verdict.ERRATUM);
        String md = new VerificationReport(List.of(new ClaimOutcome("x.y", "(1.1)", "s", r, 0)), true, 1)
                .toMarkdown("../docs/ERRATA.md");
        assertThat(md).contains("Verdicts:", "[ERRATUM](../docs/ERRATA.md#x-y)", "printed / finite differences - 1",
                "rounding of the difference quotient", "finite differences vs corrected formula");
        // a printed form that agrees is no erratum
        assertThat(CheckResult.erratum("ratio", 1.0, 1.0, 1e-6, "", "A").withPrinted(1e-9, "p").verdict())
                .isEqualTo(Verdict.FAILS);
    }

    @Test
    void mutationsRunOnlyWhenPlantedAndMustFail() {
        Claim planted = new Claim() {
            public String id() { return "a.planted"; }
            public String equation() { return "(1)"; }
            public String statement() { return "s"; }
            public CheckResult check(Budget b) { return CheckResult.compare("x", b.planted(1.0, 1.1), 1, 1e-3, ""); }
            public Mutation mutation() { return Mutation.planted("value +10 %"); }
        };
        Claim missing = claim("b.missing", b -> CheckResult.compare("x", 1, 1, 0, ""));
        var outcomes = VerificationRunner.mutate(ClaimRegistry.of(List.of(planted, missing)), Budget.QUICK,
                (n, o) -> { });
        assertThat(outcomes.get(0).caught()).isTrue();
        assertThat(outcomes.get(0).line()).startsWith("CAUGHT");
        assertThat(outcomes.get(1).result()).isNull();
        assertThat(outcomes.get(1).line()).startsWith("MISSING");
        assertThat(planted.check(Budget.QUICK).verdict()).isEqualTo(Verdict.HOLDS);
    }

    @Test
    void filterByGlobAndRejectDuplicates() {
        var reg = ClaimRegistry.of(List.of(claim("kernel.a", b -> null), claim("kernel.b", b -> null),
                claim("sym.c", b -> null)));
        assertThat(reg.filter("kernel.*").claims()).hasSize(2);
        assertThatThrownBy(() -> reg.filter("nope*")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope*");
        assertThatThrownBy(() -> ClaimRegistry.of(List.of(claim("x", b -> null), claim("x", b -> null))))
                .hasMessageContaining("duplicate claim id: x");
    }
}
