package dev.earshot.data.format;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import dev.earshot.audio.npy.Npy;
import dev.earshot.audio.npy.NpyDtype;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.scene.Scene;
import dev.earshot.data.spatialize.ReceiverKind;
import dev.earshot.data.spatialize.SpatialClip;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file layout that Spatial-AST and SpatialSoundQA share: each source's dry clip as
 * {@code audio/<scene>-s<k>.wav} and its binaural RIR as float64 {@code [2, L]}
 * {@code binaural/<scene>/<k>.npy} at 32 kHz.
 */
public final class SpatialAstLayout {
    private SpatialAstLayout() {
    }

    /**
     * Names of one source's files, relative to the dataset root.
     *
     * @param audioId dry clip id, {@code <scene>-s<k>} (the WAV is {@code audio/<audioId>.wav})
     * @param rirName RIR name under {@code binaural/}, {@code <scene>/<k>.npy}
     */
    public record SourceFiles(String audioId, String rirName) {
    }

    /**
     * @param spec   the job
     * @param format the format's name, for the message
     * @throws IllegalArgumentException unless the receiver is binaural at 32 kHz
     */
    public static void requireBinaural32k(JobSpec spec, String format) {
        if (spec.render().receiver() != ReceiverKind.BINAURAL || spec.render().sampleRateHz() != 32000) {
            throw new IllegalArgumentException("the " + format + " format needs receiver BINAURAL at 32000 Hz, got "
                    + spec.render().receiver() + " at " + spec.render().sampleRateHz() + " Hz");
        }
    }

    /**
     * Writes source {@code k}'s dry WAV and binaural RIR.
     *
     * @param clip the spatialised scene
     * @param k    source index
     * @param root dataset (or shard) root
     * @return the names written
     * @throws IOException if writing fails
     */
    public static SourceFiles writeSource(SpatialClip clip, int k, Path root) throws IOException {
        Scene s = clip.scene();
        String id = s.name() + "-s" + k;
        Path wav = root.resolve("audio").resolve(id + ".wav");
        Files.createDirectories(wav.getParent());
        AudioFiles.writeWav(wav, clip.dry().get(k), WavEncoding.FLOAT32);
        String rirName = s.name() + "/" + k + ".npy";
        Path npy = root.resolve("binaural").resolve(rirName);
        Files.createDirectories(npy.getParent());
        AudioBuffer rir = clip.rirs().get(k);
        Npy.writeMatrix(npy, rir.samples(), NpyDtype.FLOAT64);
        return new SourceFiles(id, rirName);
    }
}
