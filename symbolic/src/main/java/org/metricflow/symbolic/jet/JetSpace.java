package org.metricflow.symbolic.jet;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The jet variables of a list of scalar fields up to second order in {@code dimension} coordinates, and their
 * layout in a flat {@code double[]}.
 *
 * <p>Layout, per field in the given order: the value {@code f}; the first derivatives {@code f_d1 … f_dn};
 * the second derivatives {@code f_dij} for i ≤ j in lexicographic order (1-based coordinate indices). So each field
 * occupies {@code 1 + n + n(n+1)/2} consecutive slots. Metric components are fields named {@code gij}
 * (i ≤ j, 1-based, e.g. {@code g12}); see {@link #metricComponents(int)}.
 *
 * @param dimension number of coordinates n ≥ 1 (at most 9, so indices are single digits)
 * @param fields    field names: letters and digits, starting with a letter, unique
 */
public record JetSpace(int dimension, List<String> fields) {

    public JetSpace {
        if (dimension < 1 || dimension > 9) {
            throw new IllegalArgumentException("dimension must be in 1..9, got " + dimension);
        }
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a jet space needs at least one field");
        }
        for (String f : fields) {
            if (!f.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw new IllegalArgumentException("field name must be letters and digits, got '" + f + "'");
            }
        }
        if (fields.stream().distinct().count() != fields.size()) {
            throw new IllegalArgumentException("duplicate field names: " + fields);
        }
    }

    /** The independent metric components g11, g12, …, gnn (i ≤ j) in row-major upper-triangular order. */
    public static List<String> metricComponents(int dimension) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= dimension; i++) {
            for (int j = i; j <= dimension; j++) {
                names.add("g" + i + j);
            }
        }
        return names;
    }

    /** Name of the metric component g_ij (either index order; 1-based). */
    public static String metricComponent(int i, int j) {
        return "g" + Math.min(i, j) + Math.max(i, j);
    }

    /** Slots per field: 1 + n + n(n+1)/2. */
    public int perField() {
        return 1 + dimension + dimension * (dimension + 1) / 2;
    }

    /** Total number of jet variables. */
    public int size() {
        return fields.size() * perField();
    }

    private int base(String field) {
        int k = fields.indexOf(Objects.requireNonNull(field));
        if (k < 0) {
            throw new IllegalArgumentException("unknown field '" + field + "'; fields are " + fields);
        }
        return k * perField();
    }

    private void checkIndex(int i) {
        if (i < 1 || i > dimension) {
            throw new IllegalArgumentException("coordinate index must be in 1.." + dimension + ", got " + i);
        }
    }

    /** Slot of the field value. */
    public int index(String field) {
        return base(field);
    }

    /** Slot of ∂_i field (1-based i). */
    public int index(String field, int i) {
        checkIndex(i);
        return base(field) + i;
    }

    /** Slot of ∂_i∂_j field (1-based, symmetric in i, j). */
    public int index(String field, int i, int j) {
        checkIndex(i);
        checkIndex(j);
        int a = Math.min(i, j);
        int b = Math.max(i, j);
        // pairs (p,q), p<=q, before (a,b) in lexicographic order
        int offset = 0;
        for (int p = 1; p < a; p++) {
            offset += dimension - p + 1;
        }
        offset += b - a;
        return base(field) + 1 + dimension + offset;
    }

    /** Variable names in slot order: {@code f}, {@code f_d1}, …, {@code f_d11}, {@code f_d12}, …. */
    public List<String> variableNames() {
        List<String> names = new ArrayList<>(size());
        for (String f : fields) {
            names.add(f);
            for (int i = 1; i <= dimension; i++) {
                names.add(f + "_d" + i);
            }
            for (int i = 1; i <= dimension; i++) {
                for (int j = i; j <= dimension; j++) {
                    names.add(f + "_d" + i + j);
                }
            }
        }
        return names;
    }
}
