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
}
