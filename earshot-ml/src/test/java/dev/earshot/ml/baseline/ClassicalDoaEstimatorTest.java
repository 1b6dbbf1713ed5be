package dev.earshot.ml.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassicalDoaEstimatorTest {
    private static ClassicalDoaEstimator estimator;

    @BeforeAll
    static void build() {
        estimator = ClassicalDoaEstimator.kemar();
    }

    private static float[] noise(long seed, int n) {
        Random rng = new Random(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (0.1 * rng.nextGaussian());
        }
        return x;
    }

    @ParameterizedTest
    @ValueSource(doubles = {90, -90, 60, -60, 120, -120, 40, -140})
    void lateralNoiseRenderedWithKemarIsLocatedWithinFiveDegrees(double azimuthDeg) {
        AudioBuffer b = SimulatedScenes.renderAnechoic(noise(3, 16000), 32000, azimuthDeg, 0, 1.5);
        DoaEstimate e = estimator.estimate(b);
        double err = new Direction(azimuthDeg, 0).angleToDeg(new Direction(e.azimuthDeg(), e.elevationDeg()));
        assertTrue(err < 5, "az " + azimuthDeg + " estimated " + e.azimuthDeg() + "/" + e.elevationDeg());
    }

    @Test
    void renderAt48kHzIsResampledAndStillLocated() {
        AudioBuffer b = SimulatedScenes.renderAnechoic(noise(4, 24000), 48000, -70, 0, 2);
        DoaEstimate e = estimator.estimate(b);
        assertTrue(new Direction(-70, 0).angleToDeg(new Direction(e.azimuthDeg(), e.elevationDeg())) < 5,
                "estimated " + e.azimuthDeg() + "/" + e.elevationDeg());
    }

    @Test
    void gccPhatRecoversAFractionalInterauralDelay() {
        // right = left delayed by 7.3 samples (exact fractional delay by a linear phase): the right ear lags, so
        // the ITD (positive when the left ear lags) is -7.3 / fs
        int n = 16384;
        float[] l = noise(5, n);
        double delay = 7.3;
        double[] spec = new double[n];
        for (int i = 0; i < n; i++) {
            spec[i] = l[i];
        }
        org.jtransforms.fft.DoubleFFT_1D fft = new org.jtransforms.fft.DoubleFFT_1D(n);
        fft.realForward(spec);
        for (int k = 1; k < n / 2; k++) {
            double ph = -2 * Math.PI * k * delay / n;
            double re = spec[2 * k];
            double im = spec[2 * k + 1];
            spec[2 * k] = re * Math.cos(ph) - im * Math.sin(ph);
            spec[2 * k + 1] = re * Math.sin(ph) + im * Math.cos(ph);
        }
        spec[1] = 0;
        fft.realInverse(spec, true);
        float[] r = new float[n];
        for (int i = 0; i < n; i++) {
            r[i] = (float) spec[i];
        }
        CueAnalysis cues = new CueAnalysis(1024, 32000);
        dev.earshot.ml.features.Stft stft = dev.earshot.ml.features.Stft.spatialAst();
        CueAnalysis.Accumulator acc = cues.accumulate(stft.transform(l), stft.transform(r));
        assertEquals(-delay / 32000, cues.itdS(acc), 0.1 / 32000);
        // the band ILD of two equal-level signals is 0 dB
        for (double ild : cues.ildDb(acc)) {
            assertEquals(0, ild, 0.3);
        }
    }

    @Test
    void kemarTemplateItdsFollowTheHeadGeometry() {
        // sources on the right (azimuth -90) reach the left ear late: positive ITD of the order of Woodworth's
        // (a / c)(theta + sin theta) = 656 us for a = 8.75 cm; left and right mirror each other
        double right = itdAt(-90, 0);
        double left = itdAt(90, 0);
        assertTrue(right > 550e-6 && right < 850e-6, "ITD at -90: " + right);
        assertEquals(-right, left, 40e-6);
        assertEquals(0, itdAt(0, 0), 15e-6);
    }

    private static double itdAt(double az, double el) {
        for (int m = 0; m < estimator.templateCount(); m++) {
            Direction d = estimator.templateDirection(m);
            if (d.angleToDeg(new Direction(az, el)) < 0.5) {
                return estimator.templateItdS(m);
            }
        }
        throw new AssertionError("no template at " + az + "/" + el);
    }

    @Test
    void confidenceIsHigherForALateralThanForAMedianPlaneSource() {
        DoaEstimate side = estimator.estimate(SimulatedScenes.renderAnechoic(noise(6, 16000), 32000, 90, 0, 1.5));
        DoaEstimate front = estimator.estimate(SimulatedScenes.renderAnechoic(noise(6, 16000), 32000, 0, 0, 1.5));
        assertTrue(side.confidence() > front.confidence(), side.confidence() + " vs " + front.confidence());
    }

    @Test
    void monoInputIsRejectedWithAMessage() {
        AudioBuffer mono = AudioBuffer.mono(noise(7, 4000), 32000);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> estimator.estimate(mono));
        assertTrue(e.getMessage().contains("2 channels"), e.getMessage());
    }

    @Test
    void silentInputIsRejectedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> estimator.estimate(AudioBuffer.silence(2, 8000, 32000)));
        assertTrue(e.getMessage().contains("silent"), e.getMessage());
    }
}
