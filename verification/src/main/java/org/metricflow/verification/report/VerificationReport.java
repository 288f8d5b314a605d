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

    /** The report as a Markdown document: a summary table and one section per claim. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# metricflow verification report\n\n");
        sb.append("Budget: ").append(quick ? "quick" : "full").append(", seed ").append(seed).append(". ")
                .append(summaryLine()).append(".\n\n");
        sb.append("| claim | equation | verdict | measured | reference | tolerance | s |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (ClaimOutcome o : outcomes) {
            sb.append(String.format(Locale.ROOT, "| `%s` | %s | **%s** | %s | %s | %s | %.2f |\n", o.id(),
                    o.equation(), o.result().verdict(), fmt(o.result().measured()), fmt(o.result().reference()),
                    fmt(o.result().tolerance()), o.seconds()));
        }
        sb.append('\n');
        for (ClaimOutcome o : outcomes) {
            sb.append("## ").append(o.id()).append(" — ").append(o.result().verdict()).append("\n\n");
            sb.append("*").append(o.equation()).append("*: ").append(o.statement()).append("\n\n");
            if (!o.result().quantity().isBlank()) {
                sb.append("- quantity: ").append(o.result().quantity()).append('\n');
            }
            sb.append("- measured ").append(fmt(o.result().measured())).append(", reference ")
                    .append(fmt(o.result().reference())).append(", tolerance ").append(fmt(o.result().tolerance()))
                    .append('\n');
            if (!o.result().detail().isBlank()) {
                sb.append("- detail: ").append(o.result().detail()).append('\n');
            }
            if (!o.result().correctedForm().isBlank()) {
                sb.append("- corrected form: ").append(o.result().correctedForm()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "—";
    }

    /** Writes {@code report.md} and {@code report.json} into {@code dir} atomically. */
    public void writeTo(Path dir) {
        AtomicWrite.writeString(dir.resolve("report.md"), toMarkdown());
        AtomicWrite.writeString(dir.resolve("report.json"), toJsonString());
    }
}
