package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.hrtf.NearestHrirLookup;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cross-check against ffmpeg's sofalizer filter with the same MIT KEMAR set: the fixtures were made
 * once by {@code src/test/python/make_sofalizer_fixture.py} (see its notes on how sofalizer places a
 * mono input). Per ear, the Earshot render must correlate at >= 0.95 with sofalizer's output after
 * an overall gain and a lag of at most 64 samples.
 */
class BinauralSofalizerCrossCheckTest {
    private static final int MAX_LAG = 64;

    private static AudioBuffer fixture(String name) throws IOException, URISyntaxException {
        return AudioFiles.read(Path.of(BinauralSofalizerCrossCheckTest.class
                .getResource("/render/sofalizer/" + name).toURI()));
    }

    @ParameterizedTest(name = "az {0} el {1}")
    @CsvSource({"60, 20", "-110, 0"})
    void earshotBinauralCorrelatesWithSofalizerPerEar(int az, int el) throws Exception {
        AudioBuffer in = fixture("noise_44100.wav");
        AudioBuffer ref = fixture("sofalizer_az" + az + "_el" + el + ".wav");
        assertEquals(44100, ref.sampleRateHz());
        RenderOptions o = TestSignals.dry(44100).withHrirLookup(new NearestHrirLookup(HrtfSets.builtinKemar()));
        AudioBuffer y = new BinauralRenderer(o).render(in, SpatialParams.at(az, el, 1));
        for (int c = 0; c < 2; c++) {
            double best = bestCorrelation(y.channel(c), ref.channel(c), ref.frames());
            assertTrue(best >= 0.95, "ear " + c + ": correlation " + best);
            // The other ear must fit worse: the ears are not swapped.
            double swapped = bestCorrelation(y.channel(1 - c), ref.channel(c), ref.frames());
            assertTrue(swapped < best, "ear " + c + ": swapped ears fit as well (" + swapped + ")");
        }
    }

    /** Largest normalised correlation over lags in [-MAX_LAG, MAX_LAG] (gain-invariant). */
    static double bestCorrelation(float[] a, float[] b, int frames) {
        double best = -1;
        for (int lag = -MAX_LAG; lag <= MAX_LAG; lag++) {
            double ab = 0;
            double aa = 0;
            double bb = 0;
            for (int n = MAX_LAG; n < frames - MAX_LAG; n++) {
                double x = a[n + lag];
                double z = b[n];
                ab += x * z;
                aa += x * x;
                bb += z * z;
            }
            best = Math.max(best, ab / Math.sqrt(aa * bb));
        }
        return best;
    }
}
