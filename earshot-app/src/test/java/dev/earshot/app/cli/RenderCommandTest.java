package dev.earshot.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir
    Path dir;
    Path in;

    @BeforeEach
    void writeInput() throws Exception {
        float[] x = new float[4800];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * 1000 * i / 48000.0));
        }
        in = dir.resolve("in.wav");
        AudioFiles.writeWav(in, AudioBuffer.mono(x, 48000), WavEncoding.FLOAT32);
    }

    @Test
    void binauralRenderWritesTwoChannelsAtTheInputRate() throws Exception {
        Path out = dir.resolve("out.wav");
        CliTestSupport.Run r = CliTestSupport.run("render", in.toString(), "-o", out.toString(), "--az", "90");
        assertEquals(0, r.exitCode(), r.err());
        AudioBuffer b = AudioFiles.read(out);
        assertEquals(2, b.channels());
        assertEquals(48000, b.sampleRateHz());
        assertTrue(b.frames() >= 4800);
    }

    @Test
    void thirdOrderAmbisonicsHasSixteenChannels() throws Exception {
        Path out = dir.resolve("hoa3.wav");
        assertEquals(0, CliTestSupport.run("render", in.toString(), "-o", out.toString(), "--format", "hoa3").exitCode());
        assertEquals(16, AudioFiles.read(out).channels());
    }

    @Test
    void outOfRangeWetNamesTheOptionAndWritesNothing() {
        Path out = dir.resolve("never.wav");
        CliTestSupport.Run r = CliTestSupport.run("render", in.toString(), "-o", out.toString(), "--wet", "1.5");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--wet"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void nanAzimuthIsRejected() {
        CliTestSupport.Run r = CliTestSupport.run("render", in.toString(), "-o", dir.resolve("o.wav").toString(), "--az", "NaN");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--az"), r.err());
    }

    @Test
    void missingInputIsReportedAsNotFound() {
        CliTestSupport.Run r = CliTestSupport.run("render", dir.resolve("nope.wav").toString(), "-o", dir.resolve("o.wav").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("nope.wav: file not found"), r.err());
    }

    @Test
    void corruptInputNamesTheFileAndLeavesNoOutput() throws Exception {
        Path bad = dir.resolve("bad.wav");
        Files.writeString(bad, "RIFF....WAVEjunk");
        Path out = dir.resolve("o.wav");
        CliTestSupport.Run r = CliTestSupport.run("render", bad.toString(), "-o", out.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("bad.wav"), r.err());
        assertFalse(Files.exists(out));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    @Test
    void malformedParamsFileNamesTheField() throws Exception {
        Path params = dir.resolve("p.json");
        Files.writeString(params, "{\"azimuth_deg\": 30, \"wett\": 0.2}");
        CliTestSupport.Run r = CliTestSupport.run("render", in.toString(), "-o", dir.resolve("o.wav").toString(),
                "--params", params.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("p.json: wett: unknown key"), r.err());
    }

    @Test
    void unknownFormatIsAUsageErrorNamingTheChoices() {
        CliTestSupport.Run r = CliTestSupport.run("render", in.toString(), "-o", dir.resolve("o.wav").toString(), "--format", "quad");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("stereo, binaural, foa, hoa2, hoa3 or fuma"), r.err());
    }

    @Test
    void twoThreadRenderOfAStereoWavEqualsTheSerialLibraryRenderOfItsMonoMix() throws Exception {
        // 2 x 2 x 512 blocks of 512: long enough for two segments of the parallel render
        int frames = 2 * 2 * 512 * 512 + 123;
        float[][] x = new float[2][frames];
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (int i = 0; i < frames; i++) {
            x[0][i] = (float) (rnd.nextDouble() - 0.5);
            x[1][i] = (float) (0.3 * Math.sin(i * 0.01));
        }
        Path stereo = dir.resolve("stereo.wav");
        AudioFiles.writeWav(stereo, new AudioBuffer(x, 48000), WavEncoding.PCM16);
        Path out = dir.resolve("moving.wav");
        CliTestSupport.Run r = CliTestSupport.run("render", stereo.toString(), "-o", out.toString(), "--az", "90",
                "--to-az", "-90", "--threads", "2", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        AudioBuffer mono = dev.earshot.audio.dsp.Mixer.toMono(AudioFiles.read(stereo), dev.earshot.audio.dsp.Mixer.Downmix.AVERAGE);
        dev.earshot.spatial.render.Trajectory t = dev.earshot.spatial.render.Trajectory.linear(
                new dev.earshot.spatial.geom.Direction(90, 0), 1, new dev.earshot.spatial.geom.Direction(-90, 0), 1,
                mono.durationS());
        AudioBuffer expected = dev.earshot.spatial.render.Renderers.create(dev.earshot.spatial.render.RenderFormat.BINAURAL,
                        dev.earshot.spatial.render.RenderOptions.defaults(48000).forTrajectory(t))
                .render(mono, new dev.earshot.spatial.render.SpatialParams(t, 0, 0, 0,
                        new dev.earshot.spatial.render.RoomAcoustics.Anechoic()));
        AudioBuffer got = AudioFiles.read(out);
        assertEquals(expected.frames(), got.frames());
        for (int c = 0; c < 2; c++) {
            float[] e = expected.channel(c);
            float[] g = got.channel(c);
            for (int i = 0; i < e.length; i++) {
                assertEquals(e[i], g[i], 1e-6, "channel " + c + " frame " + i);
            }
        }
    }

    @Test
    void zeroThreadsIsRejectedNamingTheOption() {
        CliTestSupport.Run r = CliTestSupport.run("render", in.toString(), "-o", dir.resolve("o.wav").toString(), "--threads", "0");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--threads"), r.err());
    }
}
