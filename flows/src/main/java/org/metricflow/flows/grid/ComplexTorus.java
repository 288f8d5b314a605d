package org.metricflow.flows.grid;

/**
 * The complex torus X = C^n/Λ with the square lattice Λ = 2π(Z^n ⊕ iZ^n), as the real torus T^{2n} of a
 * {@link TorusGrid}.
 *
 * <p>Coordinate convention: z_a = x_a + i y_a (a = 1..n); the real coordinates are ordered (x_1, …, x_n, y_1, …, y_n)
 * — the real parts, then the imaginary parts, as the point layout of {@code numeric.manifold} — so x_a is grid axis
 * a−1 (jet index a) and y_a is grid axis n+a−1 (jet index n+a). Wirtinger derivatives ∂_a = (∂_{x_a} − i∂_{y_a})/2,
 * ∂̄_a = (∂_{x_a} + i∂_{y_a})/2, so ∂_a∂̄_b f = ¼[f_{x_a x_b} + f_{y_a y_b} + i(f_{x_a y_b} − f_{y_a x_b})] and
 * Σ_a ∂_a∂̄_a = Δ/4 with Δ the flat real Laplacian. The Hermitian metric g_{ab̄} corresponds to the Riemannian metric
 * ds² = g_{ab̄} dz^a dz̄^b (the paper's J = (i/2) g_{ab̄} dz^a∧dz̄^b): the flat metric δ on R^{2n} is g_{ab̄} = δ_{ab}
 * with Kähler potential |z|²; with g = A + iB (A symmetric, B antisymmetric) the real metric in the order above is
 * [[A, B], [−B, A]], whose determinant is (det g_{ab̄})².
 *
 * @param complexDimension n, 1 or 2 (real dimension 2n ≤ {@value TorusGrid#MAX_DIMENSION})
 * @param size             grid points per real axis (a power of two, at least 4)
 */
public record ComplexTorus(int complexDimension, int size) {

    public ComplexTorus {
        if (complexDimension < 1 || 2 * complexDimension > TorusGrid.MAX_DIMENSION) {
            throw new IllegalArgumentException("complex dimension must be 1 or 2, got " + complexDimension);
        }
        new TorusGrid(2 * complexDimension, size); // validates the size
    }

    /** The real grid T^{2n}. */
    public TorusGrid grid() {
        return new TorusGrid(2 * complexDimension, size);
    }

    /** Grid axis (0-based) of x_{a+1} = Re z_{a+1} on C^n (any n). */
    public static int realAxis(int n, int a) {
        return a;
    }

    /** Grid axis (0-based) of y_{a+1} = Im z_{a+1} on C^n. */
    public static int imaginaryAxis(int n, int a) {
        return n + a;
    }
}
