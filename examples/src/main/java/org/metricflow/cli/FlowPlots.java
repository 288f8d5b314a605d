package org.metricflow.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.metricflow.flows.grid.TorusGrid;
import org.metricflow.flows.network.LocalityStudy;

/** PNG plots of {@code flow} runs (XChart): monitors against time, the final conformal factor, error surfaces. */
final class FlowPlots {

    private FlowPlots() {
    }

    /** {@code monitors.png} (max|u|, min eigenvalue, volume change, entropy vs t) and {@code field.png}. */
    static List<Path> run(Path dir, List<FlowMonitor.Sample> samples, TorusGrid grid, double[] u) {
        List<Chart<?, ?>> charts = new ArrayList<>();
        double v0 = samples.get(0).volume();
        charts.add(series("max |u|", samples, FlowMonitor.Sample::maxAbsU, true));
        charts.add(series("smallest eigenvalue of g", samples, FlowMonitor.Sample::minEigenvalue, false));
        charts.add(series("relative volume change", samples, s -> s.volume() / v0 - 1, false));
        if (!Double.isNaN(samples.get(0).entropy())) {
            charts.add(series("entropy F", samples, FlowMonitor.Sample::entropy, false));
        }
        Path monitors = save(dir, "monitors", charts, 2);
        Path field = save(dir, "field", List.of(grid.dimension() == 1 ? line(grid, u) : slice(grid, u)), 1);
        return List.of(monitors, field);
    }

    /** {@code error-surface.png}: relative L² error vs (N, σ), and the error vs N per σ on log axes. */
    static List<Path> study(Path dir, LocalityStudy.Result result, int[] widths, double[] sigmas) {
        HeatMapChart heat = new HeatMapChartBuilder().width(560).height(420)
                .title("relative L2 error of the NN velocity vs the local flow").xAxisTitle("width N")
                .yAxisTitle("sigma").build();
        List<Integer> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            xs.add(widths[i]);
        }
        for (double s : sigmas) {
            ys.add(String.valueOf(s));
        }
        for (var c : result.cells()) {
            int i = indexOf(widths, c.width());
            int j = indexOf(sigmas, c.sigma());
            cells.add(new Number[] {i, j, c.errorVsLocal()});
        }
        heat.addSeries("error", xs, ys, cells);
        XYChart lines = new XYChartBuilder().width(560).height(420).title("error vs width").xAxisTitle("N")
                .yAxisTitle("relative L2 error").build();
        lines.getStyler().setXAxisLogarithmic(true);
        lines.getStyler().setYAxisLogarithmic(true);
        for (double s : sigmas) {
            List<Double> n = new ArrayList<>();
            List<Double> e = new ArrayList<>();
            for (var c : result.cells()) {
                if (c.sigma() == s) {
                    n.add((double) c.width());
                    e.add(c.errorVsLocal());
                }
            }
            lines.addSeries("sigma " + s, n, e);
        }
        return List.of(save(dir, "error-surface", List.of(heat, lines), 2));
    }

    private static XYChart series(String title, List<FlowMonitor.Sample> samples,
                                  ToDoubleFunction<FlowMonitor.Sample> value, boolean log) {
        XYChart chart = new XYChartBuilder().width(480).height(320).title(title).xAxisTitle("t").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisLogarithmic(log && samples.stream().allMatch(s -> value.applyAsDouble(s) > 0));
        double[] t = samples.stream().mapToDouble(FlowMonitor.Sample::time).toArray();
        double[] y = samples.stream().mapToDouble(value).toArray();
        chart.addSeries(title, t, y);
        return chart;
    }

    private static XYChart line(TorusGrid grid, double[] u) {
        XYChart chart = new XYChartBuilder().width(560).height(420).title("final u").xAxisTitle("x").build();
        chart.getStyler().setLegendVisible(false);
        double[] x = new double[grid.points()];
        for (int p = 0; p < x.length; p++) {
            x[p] = grid.coordinate(p, 0);
        }
        chart.addSeries("u", x, u);
        return chart;
    }

    /** Heat map of the final u on the (x_1, x_2) plane through the origin of the other axes. */
    private static HeatMapChart slice(TorusGrid grid, double[] u) {
        int n = grid.size();
        HeatMapChart chart = new HeatMapChartBuilder().width(560).height(480).title("final u (x1-x2 plane)")
                .xAxisTitle("x1 from 0 to 2 pi").yAxisTitle("x2 from 0 to 2 pi").build();
        chart.getStyler().setXAxisTicksVisible(n <= 16);
        chart.getStyler().setYAxisTicksVisible(n <= 16);
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        List<Number[]> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cells.add(new Number[] {i, j, u[i * grid.stride(0) + j * grid.stride(1)]});
            }
        }
        List<Integer> xs = new ArrayList<>();
        for (int i : idx) {
            xs.add(i);
        }
        chart.addSeries("u", xs, xs, cells);
        return chart;
    }

    static Path save(Path dir, String name, List<? extends Chart<?, ?>> charts, int columns) {
        System.setProperty("java.awt.headless", "true");
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            int cols = charts.size() % columns == 0 ? columns : charts.size(); // XChart fills rows × cols exactly
            BitmapEncoder.saveBitmap(new ArrayList<>(charts), charts.size() / cols, cols, file.toString(),
                    BitmapEncoder.BitmapFormat.PNG);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plot to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static int indexOf(int[] a, int v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(double[] a, double v) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
