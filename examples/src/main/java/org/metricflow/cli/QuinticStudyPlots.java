package org.metricflow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.metricflow.flows.quintic.study.DistanceStudyResult;
import org.metricflow.flows.quintic.study.NoiseMode;
import org.metricflow.flows.quintic.study.NoiseRow;
import org.metricflow.flows.quintic.study.NoiseStudyResult;
import org.metricflow.numeric.cluster.NearestNeighbourSummary;

/** PNG plots of the Fig. 3 studies of {@code flow quintic --study} (XChart, via {@link FlowPlots}). */
final class QuinticStudyPlots {

    private QuinticStudyPlots() {
    }

    /** {@code fig3-left-noise.png}: gain vs mean FS distance, both modes (log–log; noise-free rows omitted). */
    static Path noise(Path dir, NoiseStudyResult r) {
        XYChart chart = logLog("factor gained in sigma vs mean FS distance of noised points", "mean FS distance",
                "gain sigma_before / sigma_after");
        for (NoiseMode m : NoiseMode.values()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (NoiseRow row : r.rows(m)) {
                if (row.noise() > 0) {
                    x.add(row.meanDistance());
                    y.add(row.gain());
                }
            }
            chart.addSeries(m.name().toLowerCase(java.util.Locale.ROOT), x, y);
        }
        return FlowPlots.save(dir, "fig3-left-noise", List.of(chart), 1);
    }

    /** {@code fig3-right-distance.png}: mean, min, max nearest-neighbour distance vs N, the fit and (3.6). */
    static Path distance(Path dir, DistanceStudyResult r) {
        XYChart chart = logLog("nearest-neighbour FS distance vs number of points", "N", "distance");
        List<Double> n = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> min = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        List<Double> fit = new ArrayList<>();
        List<Double> paper = new ArrayList<>();
        for (NearestNeighbourSummary s : r.summaries()) {
            n.add((double) s.points());
            mean.add(s.mean().value());
            min.add(s.min());
            max.add(s.max());
            fit.add(r.fit().at(s.points()));
            paper.add(DistanceStudyResult.PAPER.at(s.points()));
        }
        chart.addSeries("mean", n, mean);
        chart.addSeries("min", n, min);
        chart.addSeries("max", n, max);
        chart.addSeries("fit", n, fit);
        chart.addSeries("paper (3.6)", n, paper);
        return FlowPlots.save(dir, "fig3-right-distance", List.of(chart), 1);
    }

    private static XYChart logLog(String title, String x, String y) {
        XYChart chart = new XYChartBuilder().width(640).height(440).title(title).xAxisTitle(x).yAxisTitle(y).build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        return chart;
    }
}
