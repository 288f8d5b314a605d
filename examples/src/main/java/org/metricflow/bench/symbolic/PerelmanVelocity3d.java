package org.metricflow.bench.symbolic;

import java.util.ArrayList;
import java.util.List;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.cas.Variables;
import org.metricflow.symbolic.jet.JetSpace;

/**
 * The velocity of Perelman's modified Ricci flow for a general 3D metric, ∂_t g_ij = −2(R_ij + ∇_i∇_j φ), as six
 * expressions (i ≤ j) in the 2-jets of g11, g12, g13, g22, g23, g33 and φ (70 jet variables). Built with
 * {@link HandCurvature} in function form (inverse metric as adjugate over determinant, nothing simplified), then
 * rewritten in jet symbols.
 */
final class PerelmanVelocity3d {

    static final JetSpace JETS = new JetSpace(3, 2, List.of("g11", "g12", "g13", "g22", "g23", "g33", "phi"));

    private PerelmanVelocity3d() {
    }

    /** The jet symbols the velocity is written in (slot order of {@link #JETS}). */
    static Variables variables() {
        return Variables.of(JETS, List.of());
    }

    /** Names of the six components, {@code v11, v12, …, v33}. */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String g : JetSpace.metricComponents(3)) {
            names.add("v" + g.substring(1));
        }
        return names;
    }

    /** −2(R_ij + ∇_i∇_j φ) for i ≤ j, in jet symbols. */
    static List<Sym> build() {
        JetForms forms = new JetForms(JETS, List.of("x", "y", "z"));
        Sym[][] g = new Sym[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                g[i][j] = forms.function(JetSpace.metricComponent(i + 1, j + 1));
            }
        }
        HandCurvature geometry = new HandCurvature(g, HandCurvature.inverse3(g),
                new Sym[] {forms.coordinate(0), forms.coordinate(1), forms.coordinate(2)});
        Sym phi = forms.function("phi");
        Sym minusTwo = Sym.of(-2);
        List<Sym> velocity = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int j = i; j < 3; j++) {
                velocity.add(forms.toJets(minusTwo.times(geometry.ricci(i, j).plus(geometry.hessian(phi, i, j)))));
            }
        }
        return velocity;
    }
}
