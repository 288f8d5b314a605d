package org.metricflow.verification;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Runs the claims of a registry one after the other; an exception in a check becomes {@link Verdict#ERROR}. */
public final class VerificationRunner {

    private VerificationRunner() {
    }

    /**
     * Checks every claim.
     *
     * @param registry the claims
     * @param budget   the budget handed to each check
     * @param progress called after each claim with (number done, outcome); may be a no-op
     * @return outcomes in registry order
     */
    public static List<ClaimOutcome> run(ClaimRegistry registry, Budget budget,
                                         BiConsumer<Integer, ClaimOutcome> progress) {
        List<ClaimOutcome> out = new ArrayList<>();
        for (Claim claim : registry.claims()) {
            long start = System.nanoTime();
            CheckResult result = checked(claim, budget);
            ClaimOutcome o = new ClaimOutcome(claim.id(), claim.equation(), claim.statement(), result,
                    (System.nanoTime() - start) * 1e-9);
            out.add(o);
            progress.accept(out.size(), o);
        }
        return out;
    }

    /**
     * Checks every claim with its planted error ({@link Claim#mutation()}) switched on; claims whose mutation is
     * pending or missing are reported without running.
     *
     * @param registry the claims
     * @param budget   the budget; each check receives {@link Budget#withMutation()}
     * @param progress called after each claim with (number done, outcome); may be a no-op
     * @return outcomes in registry order
     */
    public static List<MutationOutcome> mutate(ClaimRegistry registry, Budget budget,
                                               BiConsumer<Integer, MutationOutcome> progress) {
        List<MutationOutcome> out = new ArrayList<>();
        for (Claim claim : registry.claims()) {
            Mutation m = Mutation.of(claim);
            long start = System.nanoTime();
            CheckResult result = m.status() == Mutation.Status.PLANTED ? checked(claim, budget.withMutation()) : null;
            MutationOutcome o = new MutationOutcome(claim.id(), m, result, (System.nanoTime() - start) * 1e-9);
            out.add(o);
            progress.accept(out.size(), o);
        }
        return out;
    }

    private static CheckResult checked(Claim claim, Budget budget) {
        try {
            return claim.check(budget);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            StringWriter sw = new StringWriter();
            e.printStackTrace(new PrintWriter(sw));
            return CheckResult.error(e + " | " + firstLines(sw.toString(), 6));
        }
    }

    private static String firstLines(String s, int n) {
        String[] lines = s.split("\n");
        return String.join(" ", java.util.Arrays.copyOfRange(lines, 0, Math.min(n, lines.length))).trim();
    }
}
