package org.metricflow.verification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** All registered claims, found through {@link ServiceLoader}; ids are unique. */
public final class ClaimRegistry {

    private final List<Claim> claims;

    private ClaimRegistry(List<Claim> claims) {
        Set<String> seen = new HashSet<>();
        for (Claim c : claims) {
            if (!seen.add(c.id())) {
                throw new IllegalStateException("duplicate claim id: " + c.id());
            }
        }
        this.claims = List.copyOf(claims);
    }

    /** The claims of every {@link ClaimProvider} on the class path. */
    public static ClaimRegistry load() {
        List<Claim> all = new ArrayList<>();
        for (ClaimProvider p : ServiceLoader.load(ClaimProvider.class)) {
            all.addAll(p.claims());
        }
        all.sort((a, b) -> a.id().compareTo(b.id()));
        return new ClaimRegistry(all);
    }

    /** A registry holding exactly these claims (tests, custom runs). */
    public static ClaimRegistry of(List<Claim> claims) {
        return new ClaimRegistry(claims);
    }

    public List<Claim> claims() {
        return claims;
    }

    /**
     * The claims whose id matches the glob ({@code *} any run of characters), e.g. {@code kernel.*}.
     *
     * @throws IllegalArgumentException when nothing matches, naming the pattern
     */
    public ClaimRegistry filter(String glob) {
        Pattern p = Pattern.compile(("\\Q" + glob + "\\E").replace("*", "\\E.*\\Q"));
        Predicate<Claim> keep = c -> p.matcher(c.id()).matches();
        List<Claim> kept = claims.stream().filter(keep).toList();
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no claim matches --only '" + glob + "'; known ids: "
                    + claims.stream().map(Claim::id).toList());
        }
        return new ClaimRegistry(kept);
    }
}
