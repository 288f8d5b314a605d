package org.metricflow.symbolic.functionals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.metricflow.symbolic.cas.Simplification;
import org.metricflow.symbolic.cas.Sym;
import org.metricflow.symbolic.geometry.Chart;
import org.metricflow.symbolic.geometry.SymmetricMatrix;
import org.metricflow.symbolic.jet.JetSpace;
import org.metricflow.symbolic.variation.LinearisedSymbol;

/**
 * The one catalogue of geometric flows: the names, descriptions and paper equations shown by both
 * {@code metricflow derive flow NAME} and {@code metricflow flow NAME}, each flow's derivation (the equations
 * {@code derive flow} prints) and its velocity on a flat torus in real jet variables ({@link #torusVelocity(int)}, the
 * expressions the torus runtime compiles). Real flows evolve the metric components (and Perelman's dilaton) on T^d,
 * d = 1..3; Kähler flows evolve the potential correction φ of g_{ab̄} = δ_{ab} + ∂_a∂̄_bφ on C^n/Λ, n = 1, 2
 * (real dimension d = 2n, coordinates x_1..x_n, y_1..y_n).
 */
public enum NamedFlow {
    /** Ricci flow ∂_t g_ij = −2R_ij (2.39). */
    RICCI("ricci", List.of(), "eq. (2.39)", false, 2, 2,
            "Ricci flow dg_ij/dt = -2 R_ij (2.39)",
            null),
    /**
     * Perelman's F, its gradients, the corrected (2.40), φ's evolution, Ricci flow up to L_{∇φ}g, loss (2.42) and the
     * natural kernel that makes (2.42) realise (2.40).
     */
    PERELMAN("perelman", List.of(), "eqs. (2.40)-(2.41)", false, 2, 2,
            "Perelman's gradient flow of (g, phi): dg_ij/dt = -2(R_ij + D_i D_j phi), dphi/dt = -R - Laplacian phi "
                    + "(2.40-2.42)",
            NamedFlow::perelman),
    /** Kähler–Ricci flow (B.3, B.4) and its potential form ∂_tφ = ln det g (B.5). */
    KAHLER_RICCI("kahler-ricci", List.of(), "eq. (B.4)", true, 2, 1,
            "Kahler-Ricci flow of the potential, dphi/dt = ln det g (B.3-B.5)",
            NamedFlow::kahlerRicci),
    /** Calabi functional and flow (B.7–B.9), ∂_tφ = R. */
    CALABI("calabi", List.of(), "eqs. (B.8)-(B.9)", true, 4, 1,
            "Calabi flow dphi/dt = R (B.7-B.9, sign corrected)",
            NamedFlow::calabi),
    /** η, σ and the ultra-local energies F = (η−1)², η ln η (B.10–B.14); the flow ∂_tφ = 2(η − 1) (B.21). */
    MONGE_AMPERE("monge-ampere", List.of("monge-ampere-ultralocal"), "eq. (B.21)", true, 2, 1,
            "Monge-Ampere flow of the ultra-local energy (eta-1)^2, dphi/dt = 2(eta - 1) (B.10-B.14, B.21, sign "
                    + "corrected)",
            NamedFlow::ultraLocal),
    /** The two-derivative energy (B.15, B.16) and the flow ∂_tφ = −η^{−1/2} (B.19, B.20). */
    MONGE_AMPERE_2DERIV("monge-ampere-2deriv", List.of(), "eq. (B.20)", true, 2, 1,
            "Two-derivative Monge-Ampere energy and the flow dphi/dt = -eta^(-1/2) (B.15-B.20)",
            NamedFlow::twoDerivative);

    private final String id;
    private final List<String> aliases;
    private final String equation;
    private final boolean kahler;
    private final int jetOrder;
    private final int defaultDimension;
    private final String description;
    private final IntFunction<Derivation> derive;

    NamedFlow(String id, List<String> aliases, String equation, boolean kahler, int jetOrder, int defaultDimension,
              String description, IntFunction<Derivation> derive) {
        this.id = id;
        this.aliases = aliases;
        this.equation = equation;
        this.kahler = kahler;
        this.jetOrder = jetOrder;
        this.defaultDimension = defaultDimension;
        this.description = description;
        this.derive = derive;
    }

    /** The name on the command line, e.g. {@code kahler-ricci}. */
    public String id() {
        return id;
    }

    /** Where the flow stands in the paper, e.g. {@code eq. (2.39)}. */
    public String equation() {
        return equation;
    }

    /** One line: what the flow is. */
    public String description() {
        return description;
    }

    /** Whether the flow evolves a Kähler potential on a complex torus (even real dimension). */
    public boolean kahler() {
        return kahler;
    }

    /** Highest derivative order its torus velocity reads. */
    public int jetOrder() {
        return jetOrder;
    }

    /** {@code derive flow}'s dimension when none is given: real (Ricci, Perelman) or complex (Kähler flows). */
    public int defaultDimension() {
        return defaultDimension;
    }

    /**
     * The flow named {@code name} (its id or an alias such as {@code monge-ampere-ultralocal}).
     *
     * @throws IllegalArgumentException listing the known names
     */
    public static NamedFlow fromId(String name) {
        for (NamedFlow f : values()) {
            if (f.id.equals(name) || f.aliases.contains(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown flow '" + name + "'; known: " + names());
    }

    /** Every accepted name: ids and aliases, in catalogue order. */
    public static List<String> names() {
        List<String> out = new ArrayList<>();
        for (NamedFlow f : values()) {
            out.add(f.id);
            out.addAll(f.aliases);
        }
        return out;
    }

    /** One help line per flow: {@code name (aliases): description, equation}. */
    public static List<String> help() {
        List<String> out = new ArrayList<>();
        for (NamedFlow f : values()) {
            out.add(f.id + (f.aliases.isEmpty() ? "" : " (= " + String.join(", ", f.aliases) + ")") + ": "
                    + f.description + (f.kahler ? " [Kahler, on C^n/L]" : " [real, on T^d]"));
        }
        return out;
    }

    /**
     * Checks the real torus dimension: 1..3 for the real flows, 2 or 4 (C or C²) for the Kähler flows.
     *
     * @throws IllegalArgumentException naming the dimension and the valid ones
     */
    public void checkDimension(int d) {
        boolean ok = kahler ? d == 2 || d == 4 : d >= 1 && d <= 3;
        if (!ok) {
            throw new IllegalArgumentException(id + " flow needs a torus of real dimension "
                    + (kahler ? "2 or 4 (C/L or C^2/L)" : "1, 2 or 3") + ", got " + d);
        }
    }

    /** The evolved fields on the torus of real dimension d: g11, g12, …, gdd (and phi for Perelman), or phi. */
    public List<String> fields(int d) {
        checkDimension(d);
        if (kahler) {
            return List.of(KahlerPotentialSetting.POTENTIAL);
        }
        List<String> fields = new ArrayList<>(JetSpace.metricComponents(d));
        if (this == PERELMAN) {
            fields.add("phi");
        }
        return fields;
    }

    /** The jet space the torus velocity reads. */
    public JetSpace jets(int d) {
        return new JetSpace(d, jetOrder, fields(d));
    }

    /**
     * Runs the derivation {@code derive flow} prints (Ricci has none beyond {@link GeometricFlow#ricci}).
     *
     * @param dimension real dimension 1…9 for Perelman, complex dimension 1…3 for the Kähler flows
     * @throws UnsupportedOperationException for Ricci
     */
    public Derivation derive(int dimension) {
        if (derive == null) {
            throw new UnsupportedOperationException(id + " has no named derivation; see GeometricFlow.ricci");
        }
        return derive.apply(dimension);
    }

    /**
     * The velocity on the flat torus of real dimension d, in the jet variables of {@link #jets(int)}: for the real
     * flows {@link GeometricFlow} (density √det g, resp. Perelman's F density); for the Kähler flows the potential
     * velocity of this flow's functional — Kähler–Ricci ln det g, Calabi R, Monge–Ampère 2(η − 1), two-derivative
     * −η^{−1/2} — derived from {@link org.metricflow.symbolic.geometry.KahlerGeometry} in Wirtinger coordinates and
     * converted to the real jets ({@link KahlerPotentialSetting#toRealJets}), density det g_{ab̄} (= √det of the real
     * metric).
     */
    public TorusVelocity torusVelocity(int d) {
        checkDimension(d);
        JetSpace jets = jets(d);
        if (!kahler) {
            GeometricFlow g = this == PERELMAN ? GeometricFlow.perelman(d) : GeometricFlow.ricci(d);
            return new TorusVelocity(jets, g.velocityJets(), g.velocityNames(), g.densityName(),
                    g.toJet(g.density()));
        }
        KahlerPotentialSetting s = KahlerPotentialSetting.flatTorus(d / 2);
        Sym velocity = switch (this) {
            case KAHLER_RICCI -> new KahlerRicci(s).potentialVelocity();
            case CALABI -> new Calabi(s).potentialVelocity();
            case MONGE_AMPERE -> UltraLocalEnergy.quadratic(s).hMinusOneFlow();
            case MONGE_AMPERE_2DERIV -> new TwoDerivativeEnergy(s).flowAsPrinted();
            default -> throw new IllegalStateException("no Kahler velocity for " + id);
        };
        return new TorusVelocity(jets, List.of(s.toRealJets(velocity)),
                List.of(KahlerPotentialSetting.POTENTIAL + "_t"), "det_g",
                s.toRealJets(s.geometry().determinant()));
    }

    private static List<Component> components(String lhs, SymmetricMatrix m) {
        List<Component> out = new ArrayList<>();
        for (int i = 0; i < m.dimension(); i++) {
            for (int j = i; j < m.dimension(); j++) {
                out.add(new Component(lhs.replace("ij", "" + (i + 1) + (j + 1)), m.get(i, j)));
            }
        }
        return out;
    }

    private static List<Component> kernelComponents(NaturalKernel k) {
        List<Component> out = new ArrayList<>();
        for (int r = 0; r < k.size(); r++) {
            for (int c = r; c < k.size(); c++) {
                out.add(new Component("K(" + k.fields().get(r) + "," + k.fields().get(c) + ")", k.get(r, c)));
            }
        }
        return out;
    }

    private static Derivation perelman(int n) {
        Perelman p = Perelman.general(n);
        List<DerivedEquation> eq = List.of(
                new DerivedEquation("metric-gradient", "(2.41)", "E^{ij} = dF/dg_ij for a free variation: a "
                        + "tensor density with upper indices, g_ij and g_ji varied together and halved",
                        components("dF/dg_ij", p.metricGradient())),
                new DerivedEquation("dilaton-gradient", "(2.41)", "dF/dphi for a free variation",
                        List.of(new Component("dF/dphi", p.dilatonGradient()))),
                new DerivedEquation("constrained-gradient", "(2.41)", "E_c^{ij} = E^{ij} + g^{ij} (dF/dphi)/2: the "
                        + "gradient with e^{-phi} dV held fixed (dphi = g^{ij} dg_ij / 2)",
                        components("dF/dg_ij|fixed", p.constrainedMetricGradient())),
                new DerivedEquation("flow-velocity", "(2.40)", "dg_ij/dt = (g_ik g_jl + g_il g_jk) E_c^{kl} / "
                        + "(e^{-phi} sqrt g) = -2(R_ij + D_i D_j phi): gradient ascent of F for <a,b> = (1/2) Int a_ij "
                        + "b^ij e^{-phi} dV",
                        components("dg_ij/dt", p.curvatureFlowVelocity())),
                new DerivedEquation("dilaton-velocity", "", "dphi/dt = -Laplacian phi - R keeps e^{-phi} dV fixed",
                        List.of(new Component("dphi/dt", p.perelmanDilatonVelocity()))),
                new DerivedEquation("lie-derivative", "(2.39)", "L_{grad phi} g_ij from partial derivatives; the "
                        + "flow velocity equals -2 R_ij - L_{grad phi} g_ij (Ricci flow up to a diffeomorphism)",
                        components("(L_{grad phi} g)_ij", p.lieDerivativeAlongGradient())),
                new DerivedEquation("local-network-flow", "(2.42)", "what the local flow (2.14) with l = -F/Omega "
                        + "produces: dg_ij/dt = dF/dg_ij = E^{ij} (upper indices, a density, free phi), not (2.40)",
                        components("dg_ij/dt", p.localNetworkVelocity())),
                new DerivedEquation("natural-kernel", "(2.40), (2.42)", "the local kernel K (upper triangle, "
                        + "symmetric) on the fields (g_(ij) for i <= j, phi) with -K.dL/df = (2.40) exactly for L = -F, "
                        + "dL/df the Euler-Lagrange expression of each field (g12 stands for g_12 and g_21: its "
                        + "derivative is 2E^{12}); K = iota R iota^T, DeWitt form K_(ij)(kl) = (g_ik g_jl + g_il g_jk)/m,"
                        + " K_(ij)phi = g_ij/m, K_phiphi = (n/2)/m, m = e^{-phi} sqrt g",
                        kernelComponents(NaturalKernel.of(n, NaturalKernel.Form.NATURAL, Simplification.RATIONAL))));
        return new Derivation("perelman", "Perelman's functional F = Int (R + |grad phi|^2) e^{-phi} dV, n = " + n,
                p.chart(), p.fields(), List.of(
                "metric g_ij = gij(x) (independent components i <= j), dilaton phi(x); dV = sqrt(det g) dx",
                "R_ij = R^k_ikj with R^r_smn = d_m Gamma^r_ns - ...; unit sphere has R = n(n-1)",
                "dF = Int (E^{ij} dg_ij + (dF/dphi) dphi) dx, sum over all i, j; E^{ij} has upper indices",
                "jet variables: gij_dK = d_K g_ij, phi_dKL = d_K d_L phi, 1-based coordinate indices"), eq);
    }

    private static Derivation kahlerRicci(int n) {
        KahlerRicci k = new KahlerRicci(KahlerPotentialSetting.flatTorus(n));
        List<Component> ricci = new ArrayList<>();
        List<Component> printed = new ArrayList<>();
        List<Component> hamilton = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                String ab = "" + (a + 1) + (b + 1);
                ricci.add(new Component("R_" + ab + "bar", k.geometry().ricci(a, b)));
                printed.add(new Component("dg_" + ab + "bar/dt", k.metricVelocityAsPrinted(a, b)));
                hamilton.add(new Component("dg_" + ab + "bar/dt", k.hamiltonMetricVelocity(a, b)));
            }
        }
        KahlerPotentialSetting s = k.setting();
        return kahler("kahler-ricci", "Kahler-Ricci flow for g = delta + ddbar phi, n = " + n, s, List.of(
                new DerivedEquation("ricci-form", "(B.3)", "R_ab = -d_a dbar_b ln det g", ricci),
                new DerivedEquation("metric-velocity", "(B.4)", "the paper's normalisation dg/dt = ddbar ln det g "
                        + "= -R_ab (Hamilton's flow with t -> 2t for ds^2 = 2 g dz dzbar, t -> 4t under the paper's J)",
                        printed),
                new DerivedEquation("hamilton-velocity", "(2.39)", "Hamilton's -2 Ric in complex components "
                        + "(ds^2 = 2 g dz dzbar)", hamilton),
                new DerivedEquation("potential-velocity", "(B.5)", "dphi/dt = ln(det g / det g0) induces (B.4)",
                        List.of(new Component("dphi/dt", k.potentialVelocity()))),
                symbolEquation(s, k.potentialVelocity())));
    }

    private static Derivation calabi(int n) {
        Calabi c = new Calabi(KahlerPotentialSetting.flatTorus(n));
        KahlerPotentialSetting s = c.setting();
        return kahler("calabi", "Calabi functional Int R^2 J^n and Calabi flow, n = " + n, s, List.of(
                new DerivedEquation("scalar", "(B.8)", "R = g^{ab} R_ab = -g^{ab} d_a dbar_b ln det g (the paper "
                        + "prints +g^{ab} d_a dbar_b ln g)", List.of(new Component("R", c.scalar()))),
                new DerivedEquation("metric-velocity", "(B.8)", "dg_ab/dt = d_a dbar_b R",
                        List.of(new Component("dg_11bar/dt", c.metricVelocity(0, 0)))),
                new DerivedEquation("potential-velocity", "(B.9)", "Calabi flow dphi/dt = R (the paper's (B.9) "
                        + "Laplacian ln det g = -R is backward Calabi flow)",
                        List.of(new Component("dphi/dt", c.potentialVelocity()))),
                new DerivedEquation("energy-gradient", "(B.7)", "dE/dphi for E = Int R^2 det g d^2n x (eighth "
                        + "order; Calabi flow is not its L2 gradient flow but decreases E)",
                        List.of(new Component("dE/dphi", c.energyGradient()))),
                symbolEquation(s, c.potentialVelocity())));
    }

    private static Derivation ultraLocal(int n) {
        KahlerPotentialSetting s = KahlerPotentialSetting.flatTorus(n);
        UltraLocalEnergy q = UltraLocalEnergy.quadratic(s);
        UltraLocalEnergy h = UltraLocalEnergy.entropy(s);
        MongeAmpere m = q.mongeAmpere();
        return kahler("monge-ampere-ultralocal", "Ultra-local energies Int F(eta) mu_CY, n = " + n, s, List.of(
                new DerivedEquation("eta", "(B.10)", "eta = det g / det g0 (= J^n / (kappa |Omega|^2), 1 at CY)",
                        List.of(new Component("eta", m.eta()))),
                new DerivedEquation("sigma", "(B.11)", "sigma = |1 - eta|",
                        List.of(new Component("sigma", m.sigma()))),
                new DerivedEquation("gradient-quadratic", "(B.13)", "dE/dphi for F = (eta-1)^2: det g * "
                        + "g^{ab} d_a dbar_b F'(eta) (the paper's 1/2 mu_J grad^2 F' is this for grad^2 = 2 g^{ab} d dbar, "
                        + "twice this for the paper's-J Laplacian 4 g^{ab} d dbar)",
                        List.of(new Component("dE/dphi", q.gradient()))),
                new DerivedEquation("flow-quadratic", "(B.21)", "descent dphi/dt = F'(eta) = 2(eta - 1) in the "
                        + "metric Int a(-Laplacian)b mu_J (the paper prints -2(eta-1), which is ascent)",
                        List.of(new Component("dphi/dt", q.hMinusOneFlow()))),
                new DerivedEquation("l2-flow-quadratic", "(B.13)", "L2 descent dphi/dt = -Laplacian F'(eta)",
                        List.of(new Component("dphi/dt", q.l2Flow()))),
                new DerivedEquation("l2-flow-entropy", "(B.14)", "F = eta ln eta: L2 descent -Laplacian ln eta = R "
                        + "(Calabi flow)", List.of(new Component("dphi/dt", h.l2Flow()))),
                symbolEquation(s, q.hMinusOneFlow())));
    }

    private static Derivation twoDerivative(int n) {
        KahlerPotentialSetting s = KahlerPotentialSetting.flatTorus(n);
        TwoDerivativeEnergy e = new TwoDerivativeEnergy(s);
        return kahler("monge-ampere-2deriv", "Two-derivative energy Int mu_CY g^{ab} d_a eta dbar_b eta, n = " + n,
                s, List.of(
                new DerivedEquation("density", "(B.15)", "the integrand g^{ab} d_a eta dbar_b eta",
                        List.of(new Component("L", e.functional().density()))),
                new DerivedEquation("gradient", "(B.16)", "dE/dphi (sixth order); the paper's (B.16) is not the "
                        + "first variation", List.of(new Component("dE/dphi", e.gradient()))),
                new DerivedEquation("flow", "(B.20)", "dphi/dt = -eta^{-1/2}",
                        List.of(new Component("dphi/dt", e.flowAsPrinted()))),
                symbolEquation(s, e.flowAsPrinted())));
    }

    private static DerivedEquation symbolEquation(KahlerPotentialSetting s, Sym velocity) {
        LinearisedSymbol symbol = LinearisedSymbol.of(s.complexifiedChart(), s.realCoordinates(), s.fields(),
                List.of(velocity), Map.of(KahlerPotentialSetting.POTENTIAL, Sym.ZERO));
        return new DerivedEquation("linear-symbol", "", "linearisation at the flat metric: d(delta phi)/dt = "
                + "M(k) delta phi for delta phi ~ exp(i k.x), x = (Re z, Im z); stable when M(k) <= 0",
                List.of(new Component("M(k)", symbol.entry(0, 0).expand())));
    }

    private static Derivation kahler(String name, String title, KahlerPotentialSetting s,
                                     List<DerivedEquation> equations) {
        Chart chart = s.complexifiedChart();
        return new Derivation(name, title, chart, s.fields(), List.of(
                "g_ab = delta_ab + d_a dbar_b phi(z, zbar), z and zbar independent (Wirtinger)",
                "real metric ds^2 = 2 g_ab dz^a dzbar^b; R_ab = -d_a dbar_b ln det g; Kahler R = g^{ab} R_ab "
                        + "(half the Riemannian scalar for this ds^2, a quarter under the paper's J = (i/2) g dz^dzbar); "
                        + "Laplacian = g^{ab} d_a dbar_b (likewise)",
                "mu_CY = d^2n x on the flat torus (|Omega|^2 = 1); eta = det g",
                "jet variables: phi_dK... with K indexing (" + String.join(", ",
                        chart.coordinates().stream().map(Sym::toInputForm).toList()) + "), e.g. phi_d12 = d_z dbar_z phi"),
                equations);
    }
}
