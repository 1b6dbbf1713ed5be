package dev.earshot.data.job;

import dev.earshot.data.bank.BankClip;
import dev.earshot.data.bank.SoundBank;
import dev.earshot.data.format.disse.DisseFormat;
import dev.earshot.data.format.earshot.NativeFormat;
import dev.earshot.data.format.spatialast.SpatialAstFormat;
import dev.earshot.data.format.spatialsoundqa.SpatialSoundQaFormat;
import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.scene.RoomRanges;
import dev.earshot.data.scene.SceneConfig;
import dev.earshot.data.spatialize.ReceiverKind;
import dev.earshot.data.spatialize.SpatializerOptions;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Entry points for callers such as the {@code earshot simulate} command: formats by name and the
 * settings each format expects.
 */
public final class Datasets {
    /** Format names accepted by {@link #format(String)}. */
    public static final List<String> FORMATS = List.of("native", "spatial-ast", "spatialsoundqa", "disse");
    /** Default scenes per shard. */
    public static final int DEFAULT_SHARD_SIZE = 100;

    private Datasets() {
    }

    /**
     * @param name "native", "spatial-ast", "spatialsoundqa" or "disse" (case-insensitive)
     * @return a new format instance
     * @throws IllegalArgumentException for another name, listing the valid ones
     */
    public static DatasetFormat format(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "native" -> new NativeFormat();
            case "spatial-ast", "spatialast" -> new SpatialAstFormat();
            case "spatialsoundqa", "spatial-sound-qa" -> new SpatialSoundQaFormat();
            case "disse" -> new DisseFormat();
            default -> throw new IllegalArgumentException("unknown dataset format '" + name + "', expected one of "
                    + FORMATS);
        };
    }

    /**
     * The settings a format expects, 10-s clips:
     * <ul>
     *   <li>spatial-ast, spatialsoundqa: binaural, 32 kHz, 1-3 sources (QA uses the first two) at 0.5-10 m,
     *       DISSE TRAINVAL rooms, random receiver;</li>
     *   <li>disse: DISSE_FOA, 48 kHz, one source at DISSE's distances (0.5-4 m) and elevations, receiver at
     *       the room centre (TRAINVAL ranges, or TEST ranges when the split is "test");</li>
     *   <li>native: as spatial-ast with the receiver asked for (binaural at 32 kHz; foa as AmbiX at 48 kHz).</li>
     * </ul>
     *
     * @param format   format name
     * @param receiver "binaural" or "foa" (ignored by formats that fix it)
     * @param count    number of scenes
     * @param seed     seed
     * @param split    split name ("train", "eval", "test" ...)
     * @return the job spec
     * @throws IllegalArgumentException for an unknown format or receiver
     */
    public static JobSpec preset(String format, String receiver, long count, long seed, String split) {
        DatasetFormat f = format(format);
        SceneConfig scenes = SceneConfig.defaults();
        SpatializerOptions render = SpatializerOptions.spatialAst();
        switch (f.name()) {
            case "disse" -> {
                RoomRanges r = RoomRanges.disse(split.equalsIgnoreCase("test") ? "TEST" : "TRAINVAL");
                scenes = new SceneConfig(1, 1, r.distMinM(), r.distMaxM(), r.elMinDeg(), r.elMaxDeg(), r, 3.0, 2.5,
                        ReceiverPlacement.ROOM_CENTRE, null);
                render = SpatializerOptions.disse();
            }
            case "native" -> {
                String rk = receiver == null ? "binaural" : receiver.toLowerCase(Locale.ROOT);
                if (rk.equals("foa")) {
                    render = new SpatializerOptions(ReceiverKind.FOA, 48000, 10.0, -14.0);
                } else if (!rk.equals("binaural")) {
                    throw new IllegalArgumentException("receiver must be binaural or foa, got '" + receiver + "'");
                }
            }
            default -> {
                // spatial-ast and spatialsoundqa: binaural 32 kHz
            }
        }
        JobSpec spec = new JobSpec(seed, count, DEFAULT_SHARD_SIZE, scenes, render, split);
        f.validate(spec);
        return spec;
    }

    /**
     * Makes a job draw its clips from the bank split its dataset split names, so that a test set holds recordings no
     * training set has heard: the bank's clips of that exact split if it has any; else, for any split but
     * {@code "test"} (e.g. "val", "eval"), its {@code "train"} clips (held-out rooms and positions, seen recordings).
     *
     * @param spec the job (its {@link JobSpec#split()} is the dataset split)
     * @param bank the bank the job will draw from
     * @return the job with {@link SceneConfig#split()} set
     * @throws IllegalArgumentException if the bank has no clips of the split (nor, for a split other than "test", of
     *                                  "train"), naming the splits it has
     */
    public static JobSpec withBankSplit(JobSpec spec, SoundBank bank) {
        String want = spec.split();
        String use = !bank.clips(want).isEmpty() ? want
                : !want.equals("test") && !bank.clips("train").isEmpty() ? "train" : null;
        if (use == null) {
            TreeSet<String> have = new TreeSet<>();
            for (BankClip c : bank.clips()) {
                have.add(c.split());
            }
            throw new IllegalArgumentException("split '" + want + "': the sound bank has no clips in that split "
                    + (want.equals("test") ? "" : "nor in 'train' ") + "(it has " + have + "); a test set must draw "
                    + "from recordings the training sets never used");
        }
        return new JobSpec(spec.seed(), spec.count(), spec.shardSize(), spec.scenes().withSplit(use), spec.render(),
                want);
    }
}
