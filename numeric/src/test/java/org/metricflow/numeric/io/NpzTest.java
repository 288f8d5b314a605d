package org.metricflow.numeric.io;

import org.metricflow.numeric.AtomicWrite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metricflow.numeric.manifold.ProjectiveHypersurface;
import org.metricflow.numeric.sampling.LineIntersectionSampler;
import org.metricflow.numeric.sample.PointSample;
import org.metricflow.numeric.sampling.SamplerOptions;

class NpzTest {

    @TempDir
    Path dir;

    static Path fixture() throws URISyntaxException {
        return Path.of(NpzTest.class.getResource("cymetric-quintic-dataset.npz").toURI());
    }

    @Test
    void npyRoundTripOfEveryTypeAndShape() throws IOException {
        NpyArray[] arrays = {new NpyArray.Float64(new int[0], new double[] {Math.PI}),
                new NpyArray.Float64(new int[] {3}, new double[] {1, -2.5, 1e-300}),
                new NpyArray.Complex128(new int[] {2, 1, 2}, new double[] {1, 2, 3, 4, 5, 6, 7, 8}),
                new NpyArray.Int64(new int[] {2, 2}, new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE})};
        for (NpyArray a : arrays) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Npy.write(out, a);
            byte[] bytes = out.toByteArray();
            int headerEnd = Arrays.asList(toBoxed(bytes)).indexOf((byte) '\n') + 1;
            assertThat(headerEnd % 64).isZero();
            NpyArray back = Npy.read(new ByteArrayInputStream(bytes), "test");
            assertThat(back.shape()).containsExactly(a.shape());
            assertThat(back.descr()).isEqualTo(a.descr());
            assertThat(back).usingRecursiveComparison().isEqualTo(a);
        }
    }

    private static Byte[] toBoxed(byte[] b) {
        Byte[] out = new Byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = b[i];
        }
        return out;
    }

    /** An archive written by NumPy's np.savez_compressed (generated from /work/shared/peers/quintic_np.py). */
    @Test
    void readsCymetricDatasetWrittenByNumpy() throws Exception {
        Map<String, NpyArray> m = Npz.read(fixture());
        assertThat(m.keySet()).containsExactly("X_train", "y_train", "X_val", "y_val", "val_pullbacks");
        assertThat(m.get("X_train").shape()).containsExactly(54, 10);
        assertThat(m.get("val_pullbacks").descr()).isEqualTo("<c16");
        CymetricDataset ds = CymetricDataset.read(fixture(), 5);
        PointSample s = ds.toPointSample(ProjectiveHypersurface.fermatQuintic(), fixture());
        assertThat(s.size()).isEqualTo(60);
        // their weight = |Ω|²/(3! det g): ours is 6× theirs, point by point
        for (int k = 0; k < 54; k++) {
            assertThat(ds.yTrain()[2 * k] * 6 / s.weights()[k]).isCloseTo(1, within(1e-9));
        }
        // their pullbacks equal ours
        CymetricDataset again = CymetricDataset.of(s, 0.1);
        assertThat(again.valPullbacks().length).isEqualTo(ds.valPullbacks().length);
        for (int i = 0; i < ds.valPullbacks().length; i++) {
            assertThat(again.valPullbacks()[i]).isCloseTo(ds.valPullbacks()[i], within(1e-12));
        }
    }

    @Test
    void pointSampleAndCymetricRoundTrip() throws IOException {
        PointSample s = new LineIntersectionSampler(ProjectiveHypersurface.dwork(
                new org.hipparchus.complex.Complex(0.4, 0.1)), SamplerOptions.defaults().withSeed(9)).sample(500);
        Path f = dir.resolve("s.npz");
        PointSampleFiles.write(f, s);
        PointSample back = PointSampleFiles.read(f);
        assertThat(back.points()).containsExactly(s.points());
        assertThat(back.weights()).containsExactly(s.weights());
        assertThat(back.fsMetric()).containsExactly(s.fsMetric());
        assertThat(back.line()).containsExactly(s.line());
        assertThat(back.manifold().polynomial().terms()).isEqualTo(6);
        Path c = dir.resolve("dataset.npz");
        CymetricDataset.of(s, 0.1).write(c);
        PointSample viaCymetric = CymetricDataset.read(c, 5).toPointSample(s.manifold(), c);
        assertThat(viaCymetric.weights()).containsExactly(s.weights());
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("s.npz", "dataset.npz");
        }
    }

    @Test
    void unreadableAndMismatchedFilesAreNamed() throws Exception {
        assertThatThrownBy(() -> Npz.read(dir.resolve("missing.npz"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no such file");
        Path text = dir.resolve("text.npz");
        Files.writeString(text, "hello");
        assertThatThrownBy(() -> Npz.read(text)).hasMessageContaining("not an .npz (zip) archive");
        byte[] good = npyBytes(new NpyArray.Float64(new int[] {4}, new double[] {1, 2, 3, 4}));
        assertThatThrownBy(() -> Npy.read(new ByteArrayInputStream(Arrays.copyOf(good, good.length - 3)), "cut.npy"))
                .hasMessageContaining("cut.npy is truncated");
        byte[] bad = good.clone();
        bad[1] = 'X';
        assertThatThrownBy(() -> Npy.read(new ByteArrayInputStream(bad), "bad.npy")).hasMessageContaining("magic");
        assertThatThrownBy(() -> CymetricDataset.read(fixture(), 4)).hasMessageContaining("'X_train' has shape (54, 10)");
        Path f = dir.resolve("other.npz");
        Map<String, NpyArray> m = new LinkedHashMap<>();
        m.put("points", new NpyArray.Int64(new int[] {1}, new long[] {1}));
        Npz.write(f, m, true);
        assertThatThrownBy(() -> PointSampleFiles.read(f)).hasMessageContaining("missing array 'format_version'");
    }

    @Test
    void failedWriteLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("never.npz");
        assertThatThrownBy(() -> AtomicWrite.write(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static byte[] npyBytes(NpyArray a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(out, a);
        return out.toByteArray();
    }
}
