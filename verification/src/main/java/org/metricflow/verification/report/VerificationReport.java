package org.metricflow.verification.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.metricflow.numeric.AtomicWrite;
import org.metricflow.verification.CheckResult;
import org.metricflow.verification.ClaimOutcome;
import org.metricflow.verification.Verdict;

/**
 * A finished verification run: the outcomes, the budget it ran under, and its renderings.
 *
 * @param outcomes the outcomes, in run order
 * @param quick    whether the quick budget was used
 * @param seed     the base seed
 */
public record VerificationReport(List<ClaimOutcome> outcomes, boolean quick, long seed) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public VerificationReport {
        outcomes = List.copyOf(outcomes);
    }

    /** Number of outcomes with the given verdict. */
    public long count(Verdict v) {
        return outcomes.stream().filter(o -> o.result().verdict() == v).count();
    }

    /** True when every claim HOLDS or is a confirmed ERRATUM. */
    public boolean allPassed() {
        return outcomes.stream().allMatch(o -> o.result().verdict().passed());
    }

    /** One line: counts per verdict. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "%d claims: %d hold, %d errata confirmed, %d fail, %d errors",
                outcomes.size(), count(Verdict.HOLDS), count(Verdict.ERRATUM), count(Verdict.FAILS),
                count(Verdict.ERROR));
    }

    /** The report as a JSON tree (numbers that are not finite become null). */
    public ObjectNode toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("budget", quick ? "quick" : "full");
        root.put("seed", seed);
        root.put("summary", summaryLine());
        root.put("passed", allPassed());
        ArrayNode arr = root.putArray("claims");
        for (ClaimOutcome o : outcomes) {
            ObjectNode n = arr.addObject();
            n.put("id", o.id());
            n.put("equation", o.equation());
            n.put("statement", o.statement());
            n.put("verdict", o.result().verdict().name());
            putNumber(n, "measured", o.result().measured());
            putNumber(n, "reference", o.result().reference());
            putNumber(n, "tolerance", o.result().tolerance());
            n.put("quantity", o.result().quantity());
            n.put("detail", o.result().detail());
            n.put("corrected_form", o.result().correctedForm());
            n.put("compared_with", o.result().comparedWith());
            n.put("tolerance_basis", o.result().toleranceBasis());
            putNumber(n, "printed_deviation", o.result().printedDeviation());
            n.put("printed_quantity", o.result().printedQuantity());
            n.put("seconds", o.seconds());
        }
        return root;
    }

    private static void putNumber(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) {
            n.put(key, v);
        } else {
            n.putNull(key);
        }
    }

    /** The report as JSON text. */
    public String toJsonString() {
        try {
            return JSON.writeValueAsString(toJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What each verdict means; printed at the top of report.md. */
    public static final String LEGEND = """
            Verdicts:
            - **HOLDS**: the paper's statement, as printed, agrees with an independent reference within the tolerance.
            - **ERRATUM**: the printed form is off by the measured deviation shown ("printed"), and the corrected form
              (linked entry of docs/ERRATA.md) agrees with the reference within the tolerance.
            - **FAILS**: neither the printed nor a corrected form agrees: a defect of the paper or of this project.
            - **ERROR**: the check could not be carried out (an exception); never counts as a pass.

            Each claim plants a known error under `metricflow verify --mutate` and must then FAIL, which shows the
            check is able to fail.
            """;

    /**
     * The report as a Markdown document: the legend, a summary table and one section per claim.
     *
     * @param errata path of docs/ERRATA.md as seen from the report's directory (links to {@code errata#claim-id})
     */
    public String toMarkdown(String errata) {
        StringBuilder sb = new StringBuilder();
        sb.append("# metricflow verification report\n\n");
        sb.append("Budget: ").append(quick ? "quick" : "full").append(", seed ").append(seed).append(". ")
                .append(summaryLine()).append(".\n\n");
        sb.append(LEGEND).append('\n');
        sb.append("| claim | equation | verdict | measured | reference | tolerance | printed form off by | s |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (ClaimOutcome o : outcomes) {
            CheckResult r = o.result();
            sb.append(String.format(Locale.ROOT, "| `%s` | %s | **%s** | %s | %s | %s | %s | %.2f |\n", o.id(),
                    o.equation(), verdictCell(o, errata), fmt(r.measured()), fmt(r.reference()), fmt(r.tolerance()),
                    fmt(r.printedDeviation()), o.seconds()));
        }
        sb.append('\n');
        for (ClaimOutcome o : outcomes) {
            CheckResult r = o.result();
            sb.append("## ").append(o.id()).append(" — ").append(r.verdict()).append("\n\n");
            sb.append("*").append(o.equation()).append("*: ").append(o.statement()).append("\n\n");
            if (!r.quantity().isBlank()) {
                sb.append("- quantity: ").append(r.quantity()).append('\n');
            }
            sb.append("- compared: ").append(orUnstated(r.comparedWith())).append('\n');
            sb.append("- measured ").append(fmt(r.measured())).append(", reference ").append(fmt(r.reference()))
                    .append(", error ").append(fmt(Math.abs(r.measured() - r.reference()))).append(", tolerance ")
                    .append(fmt(r.tolerance())).append(" (").append(orUnstated(r.toleranceBasis())).append(")\n");
            if (Double.isFinite(r.printedDeviation())) {
                sb.append("- printed form: ").append(r.printedQuantity()).append(" = ")
                        .append(fmt(r.printedDeviation())).append(" (tolerance ").append(fmt(r.tolerance()))
                        .append(")\n");
            }
            if (!r.detail().isBlank()) {
                sb.append("- detail: ").append(r.detail()).append('\n');
            }
            if (!r.correctedForm().isBlank()) {
                sb.append("- corrected form: ").append(r.correctedForm()).append(" — [docs/ERRATA.md](")
                        .append(errata).append('#').append(anchor(o.id())).append(")\n");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The anchor of a claim's entry in docs/ERRATA.md: the id with dots as dashes (GitHub keeps ids as given). */
    public static String anchor(String claimId) {
        return claimId.replace('.', '-');
    }

    private static String verdictCell(ClaimOutcome o, String errata) {
        Verdict v = o.result().verdict();
        return v == Verdict.ERRATUM ? "[" + v + "](" + errata + "#" + anchor(o.id()) + ")" : v.name();
    }

    private static String orUnstated(String s) {
        return s.isBlank() ? "not stated" : s;
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "—";
    }

    /**
     * Writes {@code report.md} and {@code report.json} into {@code dir} atomically (mode 0644).
     *
     * @param errata path of docs/ERRATA.md as seen from {@code dir}, for the erratum links
     */
    public void writeTo(Path dir, String errata) {
        AtomicWrite.writeString(dir.resolve("report.md"), toMarkdown(errata));
        AtomicWrite.writeString(dir.resolve("report.json"), toJsonString());
    }
}
