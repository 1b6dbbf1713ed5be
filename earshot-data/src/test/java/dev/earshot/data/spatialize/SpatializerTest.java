package dev.earshot.data.spatialize;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.Loudness;
import dev.earshot.data.bank.BankClip;
import dev.earshot.data.scene.Scene;
import dev.earshot.data.scene.SceneRoom;
import dev.earshot.data.scene.SceneSource;
import dev.earshot.data.testing.ToneBank;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpatializerTest {
    @TempDir
    static Path dir;
    static ToneBank bank;
    static final int FS = 16000;

    @BeforeAll
    static void bank() throws IOException {
        bank = ToneBank.write(dir.resolve("bank"), 3, 1, 0.7, 22050);
    }

    static Scene scene(double... azDistPairs) {
        Vec3 receiver = new Vec3(3, 2.5, 1.5);
        List<SceneSource> sources = new java.util.ArrayList<>();
        for (int k = 0; k < azDistPairs.length / 2; k++) {
            Direction d = new Direction(azDistPairs[2 * k], 0);
            double r = azDistPairs[2 * k + 1];
            sources.add(new SceneSource("c" + k + "-0", List.of("class" + k), d, r,
                    receiver.plus(d.unitVector().times(r))));
        }
        return new Scene(1, 0, new SceneRoom(new Vec3(6, 5, 3), 0.7, 150), receiver, sources, 77);
    }

    static Spatializer spatializer(ReceiverKind kind) {
        return new Spatializer(bank, new SpatializerOptions(kind, FS, 1.0, -14));
    }

    @Test
    void dryClipIsTiledToLengthAndNormalisedToTarget() throws IOException {
        float[] x = spatializer(ReceiverKind.BINAURAL).prepareDry("c0-0");
        assertEquals(FS, x.length);
        assertEquals(-14.0, Loudness.rmsDbfs(x), 1e-3);
    }

    @Test
    void shortClipIsNormalisedLikeTheTiledSignal() throws IOException {
        // 0.7 s at 22.05 kHz -> 0.7 s at 16 kHz, tiled to 1 s: the reference tiles first, then normalises
        float[] x = spatializer(ReceiverKind.BINAURAL).prepareDry("c0-0");
        float[] raw = dev.earshot.audio.io.AudioFiles.read(dir.resolve("bank/c0-0.wav")).channel(0);
        float[] resampled = dev.earshot.audio.dsp.Resampler.resample(raw, 22050, FS);
        assertTrue(resampled.length < FS, "the clip must be shorter than the output for this test");
        float[] ref = Loudness.normalizeRms(Spatializer.tile(resampled, FS), -14);
        for (int i = 0; i < FS; i++) {
            assertEquals(ref[i], x[i], 2 * Math.ulp(ref[i]) + 1e-30, "sample " + i);
        }
        assertEquals(x[0], x[resampled.length], 0f, "the repetition is an exact copy");
    }

    @Test
    void longClipIsResampledLikeTheWholeClipThenCut() throws IOException {
        ToneBank longBank = ToneBank.write(dir.resolve("long"), 1, 1, 3.0, 22050);
        float[] x = new Spatializer(longBank, new SpatializerOptions(ReceiverKind.FOA, FS, 1.0, -14))
                .prepareDry("c0-0");
        float[] full = dev.earshot.audio.io.AudioFiles.read(dir.resolve("long/c0-0.wav")).channel(0);
        float[] ref = Loudness.normalizeRms(java.util.Arrays.copyOf(
                dev.earshot.audio.dsp.Resampler.resample(full, 22050, FS), FS), -14);
        assertArrayEquals(ref, x);
    }

    @Test
    void averageEqualsSummingIntoZerosThenScalingBitForBit() {
        java.util.Random r = new java.util.Random(2);
        for (int count = 1; count <= 3; count++) {
            List<AudioBuffer> wet = new java.util.ArrayList<>();
            float[][] sum = new float[2][500];
            for (int k = 0; k < count; k++) {
                float[][] w = new float[2][500];
                for (int c = 0; c < 2; c++) {
                    for (int i = 0; i < 500; i++) {
                        w[c][i] = i % 7 == 0 ? -0f : (float) r.nextGaussian();
                        sum[c][i] += w[c][i];
                    }
                }
                wet.add(new AudioBuffer(w, FS));
            }
            if (count > 1) {
                for (float[] s : sum) {
                    for (int i = 0; i < s.length; i++) {
                        s[i] *= 1.0f / count;
                    }
                }
            }
            AudioBuffer mix = Spatializer.average(wet, FS);
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < 500; i++) {
                    assertEquals(Float.floatToRawIntBits(sum[c][i]), Float.floatToRawIntBits(mix.channel(c)[i]),
                            count + " sources, sample " + i);
                }
            }
        }
    }

    @Test
    void tileRepeatsTheClip() {
        assertArrayEquals(new float[] {1, 2, 3, 1, 2, 3, 1}, Spatializer.tile(new float[] {1, 2, 3}, 7));
    }

    @Test
    void binauralSourceOnTheLeftIsLouderInTheLeftEar() throws IOException {
        SpatialClip c = spatializer(ReceiverKind.BINAURAL).render(scene(90, 1.0));
        double left = Loudness.rms(c.mix().channel(0));
        double right = Loudness.rms(c.mix().channel(1));
        assertTrue(left > 1.5 * right, "left " + left + " right " + right);
    }

    @Test
    void binauralSourceOnTheRightIsLouderInTheRightEar() throws IOException {
        SpatialClip c = spatializer(ReceiverKind.BINAURAL).render(scene(-90, 1.0));
        assertTrue(Loudness.rms(c.mix().channel(1)) > 1.5 * Loudness.rms(c.mix().channel(0)));
    }

    @Test
    void twoSourceMixIsTheMeanOfTheWetRenders() throws IOException {
        SpatialClip c = spatializer(ReceiverKind.BINAURAL).render(scene(30, 1.0, -60, 2.0));
        for (int ch = 0; ch < 2; ch++) {
            float[] a = c.wet().get(0).channel(ch);
            float[] b = c.wet().get(1).channel(ch);
            float[] m = c.mix().channel(ch);
            for (int i = 0; i < m.length; i++) {
                assertEquals((a[i] + b[i]) / 2, m[i], 0f);
            }
        }
    }

    @Test
    void wetRenderIsTheDryClipConvolvedWithTheRir() throws IOException {
        SpatialClip c = spatializer(ReceiverKind.FOA).render(scene(45, 1.5));
        float[] x = c.dry().get(0).channel(0);
        float[] h = c.rirs().get(0).channel(0);
        int n = 2000;
        double maxErr = 0;
        double peak = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j <= i && j < h.length; j++) {
                s += (double) x[i - j] * h[j];
            }
            maxErr = Math.max(maxErr, Math.abs(s - c.wet().get(0).channel(0)[i]));
            peak = Math.max(peak, Math.abs(s));
        }
        assertTrue(maxErr <= 1e-5 * peak + 1e-9, "direct-sum reference differs by " + maxErr);
    }

    @Test
    void binauralWetRenderMatchesTheDoublePrecisionConvolverOverTheWholeClip() throws IOException {
        // the single-precision FloatFftConvolver against the double-precision FftConvolver, both ears, every sample
        SpatialClip c = spatializer(ReceiverKind.BINAURAL).render(scene(30, 2.0, -60, 1.5));
        for (int k = 0; k < 2; k++) {
            float[] x = c.dry().get(k).channel(0);
            AudioBuffer rir = c.rirs().get(k);
            float[][] ref = dev.earshot.audio.dsp.FftConvolver.convolve(x, rir.samples());
            for (int ch = 0; ch < 2; ch++) {
                float[] wet = c.wet().get(k).channel(ch);
                assertEquals(x.length, wet.length);
                double maxErr = 0;
                double peak = 0;
                for (int i = 0; i < wet.length; i++) {
                    maxErr = Math.max(maxErr, Math.abs((double) wet[i] - ref[ch][i]));
                    peak = Math.max(peak, Math.abs(ref[ch][i]));
                }
                assertTrue(maxErr <= 2e-6 * peak, "source " + k + " ear " + ch + ": error " + maxErr + " of " + peak);
            }
        }
    }

    @Test
    void theRirIsTheSimulatedResponseCutWhereItsDecayCurveIsSixtyDbDown() throws IOException {
        Scene sc = scene(30, 2.0);
        SpatialClip c = spatializer(ReceiverKind.BINAURAL).render(sc);
        float[][] full = new dev.earshot.spatial.room.RoomSimulator(
                dev.earshot.spatial.room.SimulationOptions.hybrid(FS))
                .simulate(sc.roomSpec(0), dev.earshot.spatial.room.BinauralReceiver.kemar(), sc.tailSeed())
                .audio().samples();
        // reference: Schroeder integral over both ears, first index from which at most 1e-6 of the energy is left
        double[] rest = new double[full[0].length + 1];
        for (int i = full[0].length - 1; i >= 0; i--) {
            rest[i] = rest[i + 1] + (double) full[0][i] * full[0][i] + (double) full[1][i] * full[1][i];
        }
        int keep = full[0].length;
        while (keep > 1 && rest[keep - 1] <= 1e-6 * rest[0]) {
            keep--;
        }
        AudioBuffer rir = c.rirs().get(0);
        assertTrue(keep < full[0].length, "the 150 ms room decays 60 dB before the automatic length");
        assertEquals(keep, rir.frames());
        for (int ear = 0; ear < 2; ear++) {
            assertArrayEquals(java.util.Arrays.copyOf(full[ear], keep), rir.channel(ear));
        }
    }

    @Test
    void decayLengthKeepsEverythingAboveTheFloorAndNothingBelow() {
        float[][] x = {{1, 0, 0.01f, 0.0005f, 0}, {0, 0, 0, 0.0005f, 0}};
        // energy 1 + 1e-4 + 5e-7: the last 5e-7 are below 1e-6 of the total, 1e-4 + 5e-7 is not
        assertEquals(3, Spatializer.decayLength(x));
        assertEquals(1, Spatializer.decayLength(new float[][] {{0, 0, 0}}));
    }

    @Test
    void foaDirectSoundHasTheSn3dGainsOfItsDirection() throws IOException {
        SpatialClip c = spatializer(ReceiverKind.FOA).render(scene(90, 1.0));
        AudioBuffer rir = c.rirs().get(0);
        int p = dev.earshot.spatial.room.RoomAnalysis.directPeakIndex(rir.channel(0));
        // AmbiX ACN: W, Y, Z, X; a plane wave from the left gives Y = W, X = Z = 0
        assertEquals(1.0, rir.channel(1)[p] / rir.channel(0)[p], 1e-3);
        assertEquals(0.0, rir.channel(3)[p] / rir.channel(0)[p], 1e-3);
    }

    @Test
    void disseFoaDirectSoundPointsLeftWithDisseScaling() throws IOException {
        SpatialClip c = spatializer(ReceiverKind.DISSE_FOA).render(scene(90, 2.0));
        assertEquals(4, c.rirs().get(0).channels());
        AudioBuffer rir = dev.earshot.spatial.ambisonics.DisseFoaConverter.aFormatToDisseFoa(c.rirs().get(0));
        float[] w = rir.channel(0);
        float[] y = rir.channel(1);
        float[] x = rir.channel(3);
        int p = dev.earshot.spatial.room.RoomAnalysis.directPeakIndex(w);
        double sw = 0, sy = 0, sx = 0;
        for (int i = p - 24; i <= p + 24; i++) {
            sw += w[i];
            sy += y[i];
            sx += x[i];
        }
        // low-frequency (window sum) gains of ideal cardioids for a wave from +y: W = 1, Y = 1/sqrt(3), X = 0
        // (the 5 cm capsule spacing only delays the capsules, which a sum over the window ignores)
        assertEquals(1 / Math.sqrt(3), sy / sw, 0.02);
        assertEquals(0.0, sx / sw, 0.02);
    }

    @Test
    void labelsCarryEarshotDirectionsAndRoomAcoustics() throws IOException {
        SpatialClip c = spatializer(ReceiverKind.BINAURAL).render(scene(-120, 2.0));
        SourceLabel l = c.labels().sources().get(0);
        assertEquals(-120, l.azimuthDeg(), 1e-9);
        assertEquals(2.0, l.distanceM(), 1e-9);
        assertEquals(List.of("class0"), l.classes());
        assertEquals(30.0, c.labels().roomAreaM2(), 1e-9);
        // Eyring for the 6x5x3 room with alpha 0.7: 0.161 V / (-S ln 0.3) = 0.157 s
        assertEquals(157, c.labels().t30Ms(), 157 * 0.35);
        assertTrue(Double.isFinite(c.labels().drrDb()));
    }

    @Test
    void renderingIsDeterministic() throws IOException {
        Spatializer s = spatializer(ReceiverKind.BINAURAL);
        SpatialClip a = s.render(scene(10, 1.0, 100, 2.0));
        SpatialClip b = spatializer(ReceiverKind.BINAURAL).render(scene(10, 1.0, 100, 2.0));
        for (int ch = 0; ch < 2; ch++) {
            assertArrayEquals(a.mix().channel(ch), b.mix().channel(ch));
        }
    }

    @Test
    void unknownClipIsABadClip() {
        Scene s = scene(0, 1.0);
        Scene bad = new Scene(1, 0, s.room(), s.receiverM(), List.of(new SceneSource("nope", List.of("x"),
                Direction.FRONT, 1.0, s.receiverM().plus(new Vec3(1, 0, 0)))), 1);
        BadClipException e = assertThrows(BadClipException.class, () -> spatializer(ReceiverKind.FOA).render(bad));
        assertEquals("nope", e.clipId());
    }

    @Test
    void missingFileIsABadClipNamingThePath() {
        ToneBank withMissing = bank.with(new BankClip("ghost", "ghost.wav", List.of("g"), "g", "CC0-1.0", "train"));
        Spatializer s = new Spatializer(withMissing, new SpatializerOptions(ReceiverKind.FOA, FS, 1.0, -14));
        BadClipException e = assertThrows(BadClipException.class, () -> s.prepareDry("ghost"));
        assertTrue(e.getMessage().contains("ghost.wav"), e.getMessage());
    }
}
