package org.metricflow.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** PNG plots of the {@code cy} subcommands (XChart): σ against k, epoch or ψ, one series per curve. */
final class CyPlots {

    private CyPlots() {
    }

    /**
     * Writes {@code DIR/NAME.png} with σ (log axis) against x for each named series.
     *
     * @return the written file
     */
    static Path sigma(Path dir, String name, String title, String xTitle, Map<String, double[][]> series) {
        XYChart chart = new XYChartBuilder().width(640).height(420).title(title).xAxisTitle(xTitle)
                .yAxisTitle("sigma").build();
        chart.getStyler().setYAxisLogarithmic(true);
        for (Map.Entry<String, double[][]> e : series.entrySet()) {
            chart.addSeries(e.getKey(), e.getValue()[0], e.getValue()[1]);
        }
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
            return file;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the plot into " + dir + ": " + ex.getMessage(), ex);
        }
    }

    static double[][] xy(List<Double> x, List<Double> y) {
        return new double[][] {x.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToDouble(Double::doubleValue).toArray()};
    }
}
