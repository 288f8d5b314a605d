package org.metricflow.numeric.sample;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Book-keeping of a sampling run: random lines drawn, candidate roots (deg per line), and candidates rejected by
 * reason. Counts cover every line generated, including lines whose accepted points fell beyond the requested size.
 *
 * @param lines   random lines generated
 * @param roots   candidate points (degree × lines)
 * @param byReason rejected candidates per reason (reasons with no rejection may be absent)
 */
public record Rejections(long lines, long roots, Map<RejectionReason, Long> byReason) {

    public Rejections {
        Objects.requireNonNull(byReason, "byReason");
        EnumMap<RejectionReason, Long> copy = new EnumMap<>(RejectionReason.class);
        copy.putAll(byReason);
        byReason = Collections.unmodifiableMap(copy);
        if (lines < 0 || roots < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got lines " + lines + ", roots " + roots);
        }
    }

    /** No lines, no rejections. */
    public static Rejections none() {
        return new Rejections(0, 0, Map.of());
    }

    /** Rejected candidates of one reason. */
    public long count(RejectionReason reason) {
        return byReason.getOrDefault(reason, 0L);
    }

    /** All rejected candidates. */
    public long total() {
        return byReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The sum of two tallies. */
    public Rejections plus(Rejections other) {
        EnumMap<RejectionReason, Long> sum = new EnumMap<>(RejectionReason.class);
        sum.putAll(byReason);
        other.byReason.forEach((k, v) -> sum.merge(k, v, Long::sum));
        return new Rejections(lines + other.lines, roots + other.roots, sum);
    }
}
