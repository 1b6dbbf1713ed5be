package dev.earshot.app.cli;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.FftConvolver;
import dev.earshot.audio.dsp.Loudness;
import dev.earshot.audio.dsp.Resampler;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.npy.Npy;
import dev.earshot.data.format.Csv;
import dev.earshot.data.format.DatasetFormatException;
import dev.earshot.data.format.spatialast.SpatialAstDataset;
import dev.earshot.data.format.spatialast.SpatialAstFormat;
import dev.earshot.data.format.spatialast.SpatialAstItem;
import dev.earshot.ml.perception.LabelledClip;
import dev.earshot.spatial.convention.SpatialAstConvention;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a Spatial-AST layout (SPEC 1.3-1.4: audio json, reverb json, {@code .npy} binaural RIRs) into binaural
 * labelled clips the way Spatial-AST's forward pass builds its input: the dry WAV (first channel, resampled to
 * 32 kHz if needed, RMS-normalised to -14 dBFS unless silent) is convolved (full) with the item's RIR, which is
 * zero-padded or truncated to 64000 samples (2 s), and the result is cut to the dry length. Item {@code i} of the
 * audio json is paired with item {@code i} of the reverb json (the fixed pairing Earshot writes; Spatial-AST draws
 * reverbs at random during training). Labels are the audio json's {@code label} entries, mapped from {@code mid}
 * to {@code display_name} through {@code class_labels_indices.csv} when the folder has one. Direction and distance
 * come from {@code sensor_position} / {@code source_position}, rotated into Earshot's convention by
 * {@link SpatialAstConvention#fromSpatialAst}.
 */
final class SpatialAstClips {
    /** Rate of Spatial-AST's input. */
    static final int RATE_HZ = 32000;
    /** RIR length Spatial-AST pads or truncates to (2 s at 32 kHz). */
    static final int RIR_SAMPLES = 64000;

    private SpatialAstClips() {
    }

    /**
     * Reads the clips.
     *
     * @param dir   dataset folder (audio root = reverb root)
     * @param split split name ({@code <split>.json} and {@code <split>_reverberation.json})
     * @param limit at most this many clips, in file order
     * @return the clips
     * @throws IOException                 on an unreadable file
     * @throws DatasetFormatException      naming file and field for a malformed index
     * @throws UserInputException          if a RIR is not binaural or a clip is unusable (message names the file)
     */
    static List<LabelledClip> read(Path dir, String split, int limit) throws IOException {
        List<SpatialAstItem> items = SpatialAstDataset.read(dir, split);
        Map<String, String> names = displayNames(dir.resolve(SpatialAstFormat.CLASSES));
        List<LabelledClip> out = new ArrayList<>();
        for (SpatialAstItem it : items) {
            if (out.size() >= limit) {
                break;
            }
            out.add(clip(it, names));
        }
        return out;
    }

    private static LabelledClip clip(SpatialAstItem it, Map<String, String> names) throws IOException {
        AudioBuffer a = AudioFiles.read(it.audioPath());
        AudioBuffer mono = AudioBuffer.mono(a.channel(0), a.sampleRateHz());
        if (mono.sampleRateHz() != RATE_HZ) {
            mono = Resampler.resample(mono, RATE_HZ);
        }
        float[] dry = mono.channel(0);
        if (Loudness.rms(dry) > 0) {
            dry = Loudness.normalizeRms(dry, Loudness.SPATIAL_AST_TARGET_DBFS);
        }
        float[][] rir = Npy.readMatrix(it.rirPath());
        if (rir.length != 2) {
            throw new UserInputException(it.rirPath() + ": shape [" + rir.length + ", " + rir[0].length
                    + "]; expected a binaural RIR [2, samples] (mono and ambisonic reverbs are not supported)");
        }
        float[][] h = {Arrays.copyOf(rir[0], RIR_SAMPLES), Arrays.copyOf(rir[1], RIR_SAMPLES)};
        float[][] wet = FftConvolver.convolve(dry, h);
        float[][] cut = {Arrays.copyOf(wet[0], dry.length), Arrays.copyOf(wet[1], dry.length)};
        Vec3 d = SpatialAstConvention.fromSpatialAst(it.sourcePosition())
                .minus(SpatialAstConvention.fromSpatialAst(it.sensorPosition()));
        double distanceM = d.norm();
        if (!(distanceM > 0)) {
            throw new UserInputException(it.rirPath() + ": source_position equals sensor_position; expected a source"
                    + " away from the listener");
        }
        Direction dir = Direction.of(d);
        Set<String> labels = new LinkedHashSet<>();
        for (String l : it.labels()) {
            labels.add(names.getOrDefault(l, l));
        }
        if (labels.isEmpty()) {
            throw new UserInputException(it.audioPath() + ": the audio json gives this item no label; expected at least one");
        }
        return new LabelledClip(it.id(), new AudioBuffer(cut, RATE_HZ), labels, dir.azimuthDeg(), dir.elevationDeg(),
                distanceM);
    }

    /** mid to display_name from the class csv (empty if the folder has none). */
    private static Map<String, String> displayNames(Path csv) throws IOException {
        Map<String, String> m = new HashMap<>();
        if (!Files.isRegularFile(csv)) {
            return m;
        }
        Csv.Table t = Csv.read(csv);
        int mid = t.header().indexOf("mid");
        int name = t.header().indexOf("display_name");
        if (mid < 0 || name < 0) {
            throw new DatasetFormatException(csv, "header", "columns mid and display_name, got " + t.header());
        }
        for (List<String> row : t.rows()) {
            m.put(row.get(mid), row.get(name));
        }
        return m;
    }
}
