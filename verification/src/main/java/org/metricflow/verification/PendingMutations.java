package org.metricflow.verification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Claims whose planted error is deferred, read from the class-path resource {@value #RESOURCE}: one claim per line,
 * "claim-id reason", {@code #} comments. Deleting a line makes the mutation test demand the claim's mutation.
 */
final class PendingMutations {

    static final String RESOURCE = "META-INF/metricflow/pending-mutations.txt";

    private static final Map<String, String> REASONS = load();

    private PendingMutations() {
    }

    static Map<String, String> reasons() {
        return REASONS;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new LinkedHashMap<>();
        InputStream in = PendingMutations.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return Map.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String[] parts = t.split("\\s+", 2);
                out.put(parts[0], parts.length > 1 ? parts[1] : "pending");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Map.copyOf(out);
    }
}
