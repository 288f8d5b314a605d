package org.metricflow.symbolic.jet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The jet variables of a list of scalar fields up to derivative order {@code order} in {@code dimension}
 * coordinates, and their layout in a flat {@code double[]}.
 *
 * <p>Layout, per field in the given order: the value {@code f}; then for k = 1..order the k-th partial derivatives
 * ∂_{i1}…∂_{ik} f with 1 ≤ i1 ≤ … ≤ ik ≤ n in lexicographic order, named {@code f_d<i1…ik>} (1-based, e.g.
 * {@code phi_d12} = ∂_1∂_2 φ). Partial derivatives commute, so each appears once. Metric components are fields
 * named {@code gij} (i ≤ j, e.g. {@code g12}); see {@link #metricComponents(int)}.
 *
 * @param dimension number of coordinates n, 1 ≤ n ≤ 9 (indices are single digits)
 * @param order     highest derivative order, 0 ≤ order ≤ 4
 * @param fields    field names: letters and digits, starting with a letter, unique
 */
public record JetSpace(int dimension, int order, List<String> fields) {

    public JetSpace {
        if (dimension < 1 || dimension > 9) {
            throw new IllegalArgumentException("dimension must be in 1..9, got " + dimension);
        }
        if (order < 0 || order > 4) {
            throw new IllegalArgumentException("jet order must be in 0..4, got " + order);
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

    /** Second-order jets (what local geometric flows of the metric need). */
    public JetSpace(int dimension, List<String> fields) {
        this(dimension, 2, fields);
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

    /** The sorted multi-indices of one field's slots, in slot order (the value is the empty index). */
    public List<int[]> multiIndices() {
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k <= order; k++) {
            addSorted(new int[k], 0, 1, out);
        }
        return out;
    }

    private void addSorted(int[] idx, int pos, int from, List<int[]> out) {
        if (pos == idx.length) {
            out.add(idx.clone());
            return;
        }
        for (int i = from; i <= dimension; i++) {
            idx[pos] = i;
            addSorted(idx, pos + 1, i, out);
        }
    }

    /** Slots per field: Σ_{k≤order} C(n+k−1, k). */
    public int perField() {
        return multiIndices().size();
    }

    /** Total number of jet variables. */
    public int size() {
        return fields.size() * perField();
    }

    /**
     * Slot of ∂_{indices} field (1-based coordinate indices, any order; none for the value).
     *
     * @throws IllegalArgumentException for an unknown field, an index outside 1..n or too many indices
     */
    public int index(String field, int... indices) {
        int k = fields.indexOf(field);
        if (k < 0) {
            throw new IllegalArgumentException("unknown field '" + field + "'; fields are " + fields);
        }
        if (indices.length > order) {
            throw new IllegalArgumentException("derivative order " + indices.length + " exceeds the jet order "
                    + order);
        }
        for (int i : indices) {
            if (i < 1 || i > dimension) {
                throw new IllegalArgumentException("coordinate index must be in 1.." + dimension + ", got " + i);
            }
        }
        int[] sorted = indices.clone();
        Arrays.sort(sorted);
        return k * perField() + slotOf(sorted);
    }

    private int slotOf(int[] sorted) {
        Map<String, Integer> slots = new HashMap<>();
        List<int[]> all = multiIndices();
        for (int s = 0; s < all.size(); s++) {
            slots.put(Arrays.toString(all.get(s)), s);
        }
        return slots.get(Arrays.toString(sorted));
    }

    /** Name of the jet variable ∂_{indices} field, e.g. {@code phi_d12}; the field name itself for no indices. */
    public static String variableName(String field, int... indices) {
        if (indices.length == 0) {
            return field;
        }
        int[] sorted = indices.clone();
        Arrays.sort(sorted);
        StringBuilder sb = new StringBuilder(field).append("_d");
        for (int i : sorted) {
            sb.append(i);
        }
        return sb.toString();
    }

    /** Variable names in slot order. */
    public List<String> variableNames() {
        List<String> names = new ArrayList<>(size());
        List<int[]> idx = multiIndices();
        for (String f : fields) {
            for (int[] m : idx) {
                names.add(variableName(f, m));
            }
        }
        return names;
    }
}
