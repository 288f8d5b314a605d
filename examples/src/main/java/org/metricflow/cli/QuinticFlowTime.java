package org.metricflow.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.metricflow.flows.quintic.HeldOutSet;
import org.metricflow.flows.quintic.QuinticKernelFlow;
import org.metricflow.flows.quintic.exact.ExactKernelFlow;
import org.metricflow.flows.quintic.exact.ExactPoint;
import org.metricflow.flows.quintic.exact.FlowTime;
import org.metricflow.flows.quintic.exact.ImplicitKernelFlow;
import org.metricflow.flows.quintic.exact.LanczosSpectrum;
import org.metricflow.numeric.metric.MonteCarloEstimate;
import org.metricflow.numeric.sample.PointSample;

/**
 * {@code flow quintic --t T}: the frozen-kernel flow by flow time instead of steps. T is a number, {@code inf} or
 * {@code auto} (the time minimising σ on the validation sample). The linearised flow is evaluated in closed form
 * ({@link ExactKernelFlow}); with {@code --implicit} the nonlinear flow is integrated to T in implicit steps
 * ({@link ImplicitKernelFlow}). Reports σ_train/σ_test (and σ_validation) against t.
 */
final class QuinticFlowTime {

    /** Settings of a run by flow time. */
    record Settings(String t, double ridge, boolean implicit, int steps, String spectrum, int lanczosSteps,
                    Path plot) {
    }

    private QuinticFlowTime() {
    }

    /** Parses --t: a number > 0, inf, or auto (null). */
    static FlowTime parse(String text, double ridge) {
        if (!(ridge >= 0) || !Double.isFinite(ridge)) {
            throw new IllegalArgumentException("--ridge must be finite and >= 0, got " + ridge);
        }
        if (text.equalsIgnoreCase("auto")) {
            return null;
        }
        if (text.equalsIgnoreCase("inf")) {
            return FlowTime.infinite(ridge);
        }
        double t;
        try {
            t = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--t must be a number > 0, inf or auto, got '" + text + "'");
        }
        if (!(t > 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException("--t must be a number > 0, inf or auto, got '" + text + "'");
        }
        return new FlowTime(t, ridge);
    }

    /** The spectral method; rejects a dense eigendecomposition whose memory (≈ 3 N² doubles) exceeds half the heap. */
    static ExactKernelFlow.Method method(String text, int n) {
        ExactKernelFlow.Method m = switch (text.toLowerCase(Locale.ROOT)) {
            case "eigen" -> ExactKernelFlow.Method.EIGEN;
            case "lanczos" -> ExactKernelFlow.Method.LANCZOS;
            case "auto" -> ExactKernelFlow.Method.AUTO;
            default -> throw new IllegalArgumentException("--spectrum must be eigen, lanczos or auto, got '" + text
                    + "'");
        };
        long bytes = 3L * 8 * n * n;
        if (m == ExactKernelFlow.Method.EIGEN && bytes > Runtime.getRuntime().maxMemory() / 2) {
            throw new IllegalArgumentException("--spectrum eigen at " + n + " training points needs ~" + (bytes >> 20)
                    + " MiB, more than half the heap (" + (Runtime.getRuntime().maxMemory() >> 21)
                    + " MiB); use --spectrum lanczos or fewer points");
        }
        return m;
    }

    /**
     * Runs and fills {@code root}: {@code status} is {@code stopped} and {@code stop} says why when an implicit step's
     * CG did not converge (the state reported is then the last good one), as for the torus flows.
     */
    static void run(QuinticKernelFlow flow, PointSample validation, Settings s, ObjectNode root) {
        FlowTime requested = parse(s.t(), s.ridge());
        ExactKernelFlow.Method method = method(s.spectrum(), flow.trainingSample().size());
        List<HeldOutSet> held = new ArrayList<>(List.of(flow.testSet()));
        if (validation != null) {
            held.add(flow.heldOut(validation));
        }
        MonteCarloEstimate train0 = flow.sigmaTrain().sigma();
        List<MonteCarloEstimate> held0 = held.stream().map(h -> h.values().sigma(null)).toList();
        ExactKernelFlow exact = new ExactKernelFlow(flow, held, method, s.lanczosSteps());
        List<ExactPoint> curve = new ArrayList<>();
        ExactPoint chosen;
        if (requested == null) {
            if (validation == null) {
                throw new IllegalArgumentException("--t auto needs a validation sample");
            }
            ExactKernelFlow.AutoTime auto = exact.auto(1, s.ridge());
            curve.addAll(auto.curve());
            chosen = auto.best();
        } else {
            for (FlowTime t : exact.grid(s.ridge(), ExactKernelFlow.AUTO_DECADES, 4)) {
                if (t.t() < requested.t()) {
                    curve.add(exact.at(t));
                }
            }
            chosen = exact.at(requested);
            curve.add(chosen);
        }
        root.put("t", chosen.time().label());
        Json.putNumber(root, "ridge", s.ridge());
        root.put("spectrum", exact.spectrum().method());
        Json.putNumber(root, "lambda_max", exact.spectrum().largest());
        Json.putNumber(root, "lambda_min", exact.spectrum().smallest());
        if (exact.spectrum() instanceof LanczosSpectrum l) {
            Json.putNumber(root, "krylov_change", l.change(chosen.time()));
        }
        root.put("status", "completed");
        MonteCarloEstimate train = chosen.sigmaTrain();
        MonteCarloEstimate test = chosen.sigmaHeld().get(0);
        if (s.implicit()) {
            if (chosen.time().isInfinite() || chosen.time().ridge() > 0) {
                throw new IllegalArgumentException("--implicit integrates the unregularised flow to a finite --t, got t = "
                        + chosen.time().label() + ", ridge " + s.ridge());
            }
            ImplicitKernelFlow implicit = new ImplicitKernelFlow(flow, 1e-8, 10_000);
            ArrayNode steps = root.putArray("implicit_steps");
            double total = chosen.time().t();
            try {
                implicit.run(total, total / (Math.pow(2, s.steps()) - 1), 2, 4 * s.steps(), st -> {
                    ObjectNode e = steps.addObject();
                    Json.putNumber(e, "t", st.time());
                    Json.putNumber(e, "sigma_train", st.sigmaTrain());
                    Json.putNumber(e, "sigma_test", st.sigmaTest());
                    e.put("cg_iterations", st.cgIterations());
                });
            } catch (ImplicitKernelFlow.NotConvergedException e) {
                root.put("status", "stopped");
                root.put("stop", e.getMessage());
            }
            Json.putNumber(root, "t_implicit", implicit.time());
            train = flow.sigmaTrain().sigma();
            test = flow.sigmaTest().sigma();
        }
        put(root, "sigma_train_before", train0);
        put(root, "sigma_train_after", train);
        put(root, "sigma_test_before", held0.get(0));
        put(root, "sigma_test_after", test);
        Json.putNumber(root, "gain_train", train0.value() / train.value());
        Json.putNumber(root, "gain_test", held0.get(0).value() / test.value());
        if (validation != null) {
            put(root, "sigma_validation_before", held0.get(1));
            put(root, "sigma_validation_after", chosen.sigmaHeld().get(1));
        }
        ArrayNode h = root.putArray("history");
        for (ExactPoint p : curve) {
            ObjectNode e = h.addObject();
            e.put("t", p.time().label());
            Json.putNumber(e, "sigma_train", p.sigmaTrain().value());
            Json.putNumber(e, "sigma_test", p.sigmaHeld().get(0).value());
            if (validation != null) {
                Json.putNumber(e, "sigma_validation", p.sigmaHeld().get(1).value());
            }
        }
        if (s.plot() != null) {
            root.put("plot", plot(s.plot(), curve, validation != null).toString());
        }
    }

    /** {@code learning-curve.png}: σ on training, test (and validation) points against flow time (log–log). */
    static Path plot(Path dir, List<ExactPoint> curve, boolean validation) {
        XYChart chart = new XYChartBuilder().width(640).height(440).title("frozen-kernel flow: sigma vs flow time")
                .xAxisTitle("flow time t").yAxisTitle("sigma").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        List<Double> t = new ArrayList<>();
        List<Double> train = new ArrayList<>();
        List<Double> test = new ArrayList<>();
        List<Double> val = new ArrayList<>();
        for (ExactPoint p : curve) {
            if (p.time().isInfinite() || !Double.isFinite(p.sigmaHeld().get(0).value())) {
                continue;
            }
            t.add(p.time().t());
            train.add(p.sigmaTrain().value());
            test.add(p.sigmaHeld().get(0).value());
            if (validation) {
                val.add(p.sigmaHeld().get(1).value());
            }
        }
        chart.addSeries("train", t, train);
        chart.addSeries("test", t, test);
        if (validation) {
            chart.addSeries("validation", t, val);
        }
        return FlowPlots.save(dir, "learning-curve", List.of(chart), 1);
    }

    private static void put(ObjectNode node, String key, MonteCarloEstimate e) {
        Json.putNumber(node, key, e.value());
        Json.putNumber(node, key + "_err", e.standardError());
    }
}
