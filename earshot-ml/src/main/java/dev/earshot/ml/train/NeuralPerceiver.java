package dev.earshot.ml.train;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.Mixer;
import dev.earshot.audio.dsp.Resampler;
import dev.earshot.ml.features.SpatialAstFeatures;
import dev.earshot.ml.model.ModelKind;
import dev.earshot.ml.model.ModelOutput;
import dev.earshot.ml.model.SpatialEncoder;
import dev.earshot.ml.perception.EventScore;
import dev.earshot.ml.perception.Perceiver;
import dev.earshot.ml.perception.Perception;
import dev.earshot.spatial.geom.Direction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Perceiver} backed by a Spatial-AST or DSpAST encoder: any binaural buffer is resampled to 32 kHz if needed,
 * zero-padded to the model's clip length ({@link ClipFeatures}) if shorter, and if longer (up to its first
 * {@value #MAX_ANALYSED_S} s) cut into windows of that length ({@link AnalysisWindows}: events pooled by maximum over
 * the audible windows, direction and distance from the first audible one). Events are the sigmoid of the class
 * logits, the direction is the argmax azimuth/elevation classes decoded by
 * {@code SpatialAstConvention.direction} (Earshot convention), the distance is the argmax distance class x 0.5 m
 * (class 0, i.e. under 0.25 m, is reported as 0.25 m), and the DOA confidence is the azimuth head's softmax peak.
 * Not thread-safe; close it to free the native weights.
 */
public final class NeuralPerceiver implements Perceiver, AutoCloseable {
    /** Peak magnitude counted as clipped. */
    static final float CLIP_LEVEL = 0.999f;
    /** Fraction of clipped samples above which a clip is refused. */
    static final double MAX_CLIPPED_FRACTION = 0.01;
    /** RMS (full scale 1) below which a clip is refused as silent (-100 dBFS). */
    static final double SILENCE_RMS = 1e-5;
    /** Longest stretch analysed (from the start), seconds: bounds time and memory, as the classical baseline does. */
    static final double MAX_ANALYSED_S = 30;

    private final SpatialEncoder encoder;
    private final List<String> classes;
    private final String name;

    /**
     * Wraps a loaded Spatial-AST encoder.
     *
     * @param encoder loaded Spatial-AST or DSpAST encoder (owned by this perceiver from now on)
     * @param classes class names, one per class logit
     * @param name    name for reports
     * @throws IllegalArgumentException if the class count differs
     */
    public NeuralPerceiver(SpatialEncoder encoder, List<String> classes, String name) {
        if (encoder == null || classes == null || name == null) {
            throw new IllegalArgumentException("encoder, classes and name must not be null");
        }
        if (classes.size() != encoder.config().numClasses()) {
            throw new IllegalArgumentException(classes.size() + " class names for a model with "
                    + encoder.config().numClasses() + " classes");
        }
        this.encoder = encoder;
        this.classes = List.copyOf(classes);
        this.name = name;
    }

    /**
     * Loads a checkpoint folder written by {@link Trainer}.
     *
     * @param dir the folder ({@code model.json} + {@code checkpoint.bin})
     * @return the perceiver
     * @throws IOException on a missing or malformed checkpoint
     */
    public static NeuralPerceiver load(Path dir) throws IOException {
        return load(dir, ai.djl.Device.cpu());
    }

    /**
     * Loads a checkpoint folder written by {@link Trainer} onto a device.
     *
     * @param dir    the folder ({@code model.json} + {@code checkpoint.bin})
     * @param device where to run ({@link ComputeDevice#resolve})
     * @return the perceiver
     * @throws IOException on a missing or malformed checkpoint
     */
    public static NeuralPerceiver load(Path dir, ai.djl.Device device) throws IOException {
        return of(TrainCheckpoint.read(dir), dir.toString(), device);
    }

    /**
     * Builds a perceiver from a checkpoint already read (e.g. with {@link TrainCheckpoint#read(java.io.InputStream,
     * java.io.InputStream, String, String)} from class-path resources).
     *
     * @param c      the checkpoint
     * @param source where it came from, for messages
     * @param device where to run
     * @return the perceiver
     * @throws dev.earshot.ml.model.StateDictMismatchException if the weights do not fit the recorded config
     */
    public static NeuralPerceiver of(TrainCheckpoint c, String source, ai.djl.Device device) {
        SpatialEncoder enc = SpatialEncoder.create(c.kind(), c.config(), device);
        try {
            enc.loadStateDict(c.weights(), source);
        } catch (RuntimeException e) {
            enc.close();
            throw e;
        }
        return new NeuralPerceiver(enc, c.classes(), c.kind() == ModelKind.DSPAST ? "dspast-small" : "spatial-ast-small");
    }

    /**
     * A perception plus what was done to the input to fit the model.
     *
     * @param perception the result
     * @param notes      human-readable notes (resampling, cropping, padding); empty if none
     */
    public record Analysis(Perception perception, List<String> notes) {
        /** Copies the notes. */
        public Analysis {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Analyses one binaural clip.
     *
     * @param binaural 2 channels (left, right), any rate and length
     * @return perception and notes
     * @throws UnusableAudioException if the buffer is not 2-channel, is silent (RMS below -100 dBFS) or more than 1%
     *                                of its samples are at full scale
     */
    public Analysis analyze(AudioBuffer binaural) {
        if (binaural == null || binaural.channels() != 2) {
            throw new UnusableAudioException("expected binaural audio (2 channels: left, right), got "
                    + (binaural == null ? "null" : binaural.channels() + " channel(s)"));
        }
        if (binaural.frames() == 0) {
            throw new UnusableAudioException("the audio is empty (0 frames)");
        }
        checkLevel(binaural);
        List<String> notes = new ArrayList<>();
        AudioBuffer x = binaural;
        if (x.sampleRateHz() != SpatialAstFeatures.SAMPLE_RATE_HZ) {
            notes.add("resampled from " + x.sampleRateHz() + " Hz to " + SpatialAstFeatures.SAMPLE_RATE_HZ + " Hz");
            x = Resampler.resample(x, SpatialAstFeatures.SAMPLE_RATE_HZ);
        }
        int need = ClipFeatures.samplesFor(encoder.config().frames());
        double needS = need / (double) SpatialAstFeatures.SAMPLE_RATE_HZ;
        int limit = (int) Math.round(MAX_ANALYSED_S * SpatialAstFeatures.SAMPLE_RATE_HZ);
        if (x.frames() > limit) {
            notes.add(String.format(Locale.ROOT, "analysed the first %.2f s of %.2f s", MAX_ANALYSED_S, x.durationS()));
            x = Mixer.fitFrames(x, limit);
        }
        AnalysisWindows windows = AnalysisWindows.of(x, need);
        int[] kept = windows.kept();
        if (windows.count() > 1) {
            String which = kept.length == windows.count() ? String.format(Locale.ROOT, "%d", kept.length)
                    : String.format(Locale.ROOT, "%d of %d", kept.length, windows.count());
            String skipped = kept.length == windows.count() ? ""
                    : String.format(Locale.ROOT, "; the others are more than %.0f dB below the loudest", AnalysisWindows.QUIET_DB);
            notes.add(String.format(Locale.ROOT, "analysed %s windows of %.2f s (the model's clip length%s); direction "
                    + "and distance from the first, at %.2f s", which, needS, skipped,
                    windows.starts()[kept[0]] / (double) SpatialAstFeatures.SAMPLE_RATE_HZ));
        } else if (x.frames() < need) {
            notes.add(String.format(Locale.ROOT, "padded %.2f s with silence to the model's clip length %.2f s",
                    x.durationS(), needS));
        }
        float[][][][] batch = new float[kept.length][][][];
        for (int i = 0; i < kept.length; i++) {
            batch[i] = ClipFeatures.compute(encoder.kind(), windows.slice(x, kept[i]), encoder.config().frames());
        }
        ModelOutput out = encoder.infer(batch);
        double[][] perWindow = new double[kept.length][];
        for (int i = 0; i < kept.length; i++) {
            perWindow[i] = out.classProbabilities(i);
        }
        int first = 0; // the first audible window: see AnalysisWindows
        double[] p = AnalysisWindows.maxPool(perWindow);
        List<EventScore> events = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            events.add(new EventScore(classes.get(i), p[i]));
        }
        Direction d = out.direction(first);
        double distanceM = Math.max(0.25, out.target(first).distanceClass() * 0.5);
        return new Analysis(new Perception(events, d.azimuthDeg(), d.elevationDeg(), distanceM,
                softmaxPeak(out.azimuthScores()[first])), notes);
    }

    @Override
    public Perception perceive(AudioBuffer binaural) {
        return analyze(binaural).perception();
    }

    @Override
    public String name() {
        return name;
    }

    /** @return the class names */
    public List<String> classes() {
        return classes;
    }

    /** @return the model's clip length in seconds at 32 kHz */
    public double clipSeconds() {
        return ClipFeatures.samplesFor(encoder.config().frames()) / (double) SpatialAstFeatures.SAMPLE_RATE_HZ;
    }

    static void checkLevel(AudioBuffer b) {
        double sq = 0;
        long clipped = 0;
        long n = 0;
        for (int c = 0; c < b.channels(); c++) {
            for (float v : b.channel(c)) {
                sq += (double) v * v;
                if (Math.abs(v) >= CLIP_LEVEL) {
                    clipped++;
                }
                n++;
            }
        }
        double rms = Math.sqrt(sq / n);
        if (!(rms >= SILENCE_RMS)) {
            throw new UnusableAudioException(String.format(Locale.ROOT,
                    "the audio is silent (RMS %.1f dBFS, expected above -100 dBFS)", 20 * Math.log10(Math.max(rms, 1e-30))));
        }
        if (clipped > MAX_CLIPPED_FRACTION * n) {
            throw new UnusableAudioException(String.format(Locale.ROOT,
                    "the audio is clipped (%.1f%% of samples at full scale, expected at most %.0f%%)",
                    100.0 * clipped / n, 100 * MAX_CLIPPED_FRACTION));
        }
    }

    private static double softmaxPeak(float[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : s) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : s) {
            sum += Math.exp(v - max);
        }
        return Math.min(1, 1 / sum);
    }

    /** Frees the native weights. */
    @Override
    public void close() {
        encoder.close();
    }
}
