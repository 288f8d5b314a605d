package org.metricflow.numeric.manifold;

/**
 * A coordinate chart of a hypersurface X = {p = 0} ⊂ P^n: the affine patch z_patch = 1 with the coordinate
 * z_eliminated solved from p = 0. The d = n − 1 local coordinates x_1..x_d are u_i = z_i/z_patch for the indices
 * i ∉ {patch, eliminated}, in ascending order ({@link #localCoordinates(int)}).
 *
 * @param patch      index of the coordinate scaled to one (0-based)
 * @param eliminated index of the coordinate solved for (0-based, ≠ patch)
 */
public record Chart(int patch, int eliminated) {

    public Chart {
        if (patch < 0 || eliminated < 0 || patch == eliminated) {
            throw new IllegalArgumentException("a chart needs two distinct non-negative coordinate indices, got patch "
                    + patch + " and eliminated " + eliminated);
        }
    }

    /** The homogeneous indices of the local coordinates x_1..x_d, ascending. */
    public int[] localCoordinates(int coordinates) {
        requireFits(coordinates);
        int[] out = new int[coordinates - 2];
        int k = 0;
        for (int i = 0; i < coordinates; i++) {
            if (i != patch && i != eliminated) {
                out[k++] = i;
            }
        }
        return out;
    }

    /**
     * The sign (−1)^{patch + k − 1} of the residue formula, k the 1-based position of {@code eliminated} among the
     * affine coordinates (all indices but {@code patch}, ascending), so that Ω = sign · dx_1∧…∧dx_d / (∂p/∂z_e) is
     * the residue of the global form Σ_i (−1)^i z_i dz_0∧…∧d̂z_i∧…∧dz_n / p and agrees across charts.
     */
    public int omegaSign() {
        return omegaSign(patch, eliminated);
    }

    /** {@link #omegaSign()} of the chart (patch, eliminated), without creating it (hot loops). */
    public static int omegaSign(int patch, int eliminated) {
        int k1 = eliminated - (eliminated > patch ? 1 : 0);
        return ((patch + k1) & 1) == 0 ? 1 : -1;
    }

    /** @throws IllegalArgumentException when the chart's indices do not fit {@code coordinates} coordinates */
    public void requireFits(int coordinates) {
        if (patch >= coordinates || eliminated >= coordinates) {
            throw new IllegalArgumentException("chart " + this + " does not fit " + coordinates + " coordinates");
        }
    }
}
