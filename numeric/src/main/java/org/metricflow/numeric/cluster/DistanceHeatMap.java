package org.metricflow.numeric.cluster;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.metricflow.numeric.AtomicWrite;
import org.metricflow.numeric.manifold.FubiniStudy;

/**
 * The paper's Fig. 2: FS distance matrices of N points drawn as heat maps side by side, one panel per ordering of
 * the points (original order, then sorted by each clustering's label), written as PNG. Dark = near, bright = far
 * (viridis-like colour ramp over [0, π/2]).
 */
public final class DistanceHeatMap {

    private static final int[][] RAMP = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};
    private static final int TITLE = 28;
    private static final int GAP = 12;

    private DistanceHeatMap() {
    }

    /**
     * @param labellings one labelling per panel; null for the original order
     * @param titles     one title per panel
     */
    public static void write(Path png, double[] points, int n1, int count, List<int[]> labellings,
                             List<String> titles) {
        if (labellings.size() != titles.size() || labellings.isEmpty()) {
            throw new IllegalArgumentException("need one title per panel and at least one panel");
        }
        if (count < 2 || count > 4000) {
            throw new IllegalArgumentException("heat maps are drawn for 2..4000 points, got " + count);
        }
        int panels = labellings.size();
        BufferedImage img = new BufferedImage(panels * count + (panels - 1) * GAP, count + TITLE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        g.setColor(Color.BLACK);
        for (int p = 0; p < panels; p++) {
            int x0 = p * (count + GAP);
            g.drawString(titles.get(p), x0 + 4, 20);
            int[] order = order(labellings.get(p), count);
            for (int i = 0; i < count; i++) {
                for (int j = 0; j < count; j++) {
                    double d = i == j ? 0 : FubiniStudy.distance(points, order[i] * 2 * n1, points, order[j] * 2 * n1,
                            n1);
                    img.setRGB(x0 + j, TITLE + i, colour(d / (Math.PI / 2)));
                }
            }
        }
        g.dispose();
        AtomicWrite.write(png, out -> {
            if (!ImageIO.write(img, "png", out)) {
                throw new java.io.IOException("no PNG writer available");
            }
        });
    }

    /** Points sorted by label (stable), unassigned (−1) last; the identity for null. */
    static int[] order(int[] labels, int count) {
        Integer[] idx = new Integer[count];
        for (int i = 0; i < count; i++) {
            idx[i] = i;
        }
        if (labels != null) {
            java.util.Arrays.sort(idx, (a, b) -> Integer.compare(key(labels[a]), key(labels[b])));
        }
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    private static int key(int label) {
        return label < 0 ? Integer.MAX_VALUE : label;
    }

    private static int colour(double t) {
        double x = Math.max(0, Math.min(1, t)) * (RAMP.length - 1);
        int k = Math.min(RAMP.length - 2, (int) x);
        double f = x - k;
        int r = (int) Math.round(RAMP[k][0] + f * (RAMP[k + 1][0] - RAMP[k][0]));
        int gr = (int) Math.round(RAMP[k][1] + f * (RAMP[k + 1][1] - RAMP[k][1]));
        int b = (int) Math.round(RAMP[k][2] + f * (RAMP[k + 1][2] - RAMP[k][2]));
        return (r << 16) | (gr << 8) | b;
    }
}
