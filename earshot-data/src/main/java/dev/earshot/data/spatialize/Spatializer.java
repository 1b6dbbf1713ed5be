package dev.earshot.data.spatialize;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.FloatFftConvolver;
import dev.earshot.audio.dsp.Loudness;
import dev.earshot.audio.dsp.Resampler;
import dev.earshot.data.bank.BankClip;
import dev.earshot.data.bank.SoundBank;
import dev.earshot.data.scene.Scene;
import dev.earshot.data.scene.SceneSource;
import dev.earshot.spatial.ambisonics.DisseFoaConverter;
import dev.earshot.spatial.room.AmbisonicReceiver;
import dev.earshot.spatial.room.BinauralReceiver;
import dev.earshot.spatial.room.ResponsePair;
import dev.earshot.spatial.room.RoomAnalysis;
import dev.earshot.spatial.room.RoomReceiver;
import dev.earshot.spatial.room.RoomSimulator;
import dev.earshot.spatial.room.RoomSpec;
import dev.earshot.spatial.room.SimulationOptions;
import dev.earshot.spatial.room.TetrahedralArrayReceiver;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders scenes: for each source, the dry clip (first channel, polyphase-resampled to the output rate,
 * repeat-tiled if shorter than the clip length, cut to it, RMS-normalised to the target level as in the
 * Spatial-AST loader) is convolved with the room impulse response of the hybrid simulator
 * ({@link SimulationOptions#hybrid}, automatic length, diffuse-tail seed {@code scene.tailSeed() + k}),
 * keeping the first clip-length samples of the linear convolution (single-precision FFT convolution,
 * {@link FloatFftConvolver}, about 1e-6 of the peak from the exact result); the sources are averaged. The response is first cut where its energy
 * decay curve (summed over the channels) falls 60 dB below its total energy ({@link #decayLength}): the
 * part removed holds at most a millionth of the energy, i.e. it would change the wet signal by at most
 * -60 dB relative to it, and the convolution, the costliest step of generation, gets shorter (the cut
 * response is the one the clip holds and the formats write). Room acoustics labels (T30, DRR) are
 * measured on the uncut omni response of the same room and positions, rendered in the same pass
 * ({@link RoomSimulator#simulateWithOmni}).
 *
 * <p>Deterministic: the same scene, bank and options give bit-identical output. Thread-safe.
 */
public final class Spatializer {
    /** Responses are cut where their energy decay curve is this far below the total energy, dB. */
    static final double TRIM_DB = -60;
    private final SoundBank bank;
    private final SpatializerOptions options;
    private final Map<String, BankClip> clipsById = new HashMap<>();
    private final RoomSimulator simulator;

    /**
     * @param bank    where the scenes' clips come from
     * @param options how to render
     */
    public Spatializer(SoundBank bank, SpatializerOptions options) {
        this.bank = bank;
        this.options = options;
        for (BankClip c : bank.clips()) {
            clipsById.put(c.id(), c);
        }
        this.simulator = new RoomSimulator(SimulationOptions.hybrid(options.sampleRateHz()));
    }

    /** @return the options */
    public SpatializerOptions options() {
        return options;
    }

    /**
     * Renders one scene.
     *
     * @param scene the scene
     * @return the rendered clip with labels
     * @throws BadClipException if a clip is unknown, unreadable or silent
     */
    public SpatialClip render(Scene scene) throws BadClipException {
        return render(scene, null);
    }

    /**
     * {@link #render(Scene)}, adding the CPU time of each phase to a profile.
     *
     * @param scene   the scene
     * @param profile where to add the phase times (one profile per thread), or null for none
     * @return the same clip as {@link #render(Scene)}
     * @throws BadClipException if a clip is unknown, unreadable or silent
     */
    public SpatialClip render(Scene scene, RenderProfile profile) throws BadClipException {
        int fs = options.sampleRateHz();
        int frames = options.frames();
        RoomReceiver receiver = receiver();
        List<AudioBuffer> dry = new ArrayList<>();
        List<AudioBuffer> rirs = new ArrayList<>();
        List<AudioBuffer> wet = new ArrayList<>();
        List<SourceLabel> labels = new ArrayList<>();
        long t = profile == null ? 0 : RenderProfile.now();
        for (int k = 0; k < scene.sources().size(); k++) {
            SceneSource s = scene.sources().get(k);
            float[] x = prepareDry(s.clipId());
            RoomSpec room = scene.roomSpec(k);
            long tailSeed = scene.tailSeed() + k;
            t = lap(profile, t, Phase.DRY);
            // the omni response of the labels comes from the same pass (image sources enumerated once);
            // it is bit-identical to a separate OmniReceiver simulation for these broadband rooms
            ResponsePair pair = simulator.simulateWithOmni(room, receiver, tailSeed,
                    profile == null ? null : profile.synthesis());
            AudioBuffer rir = trimmed(pair.receiver().audio());
            AudioBuffer outputRir = options.receiver() == ReceiverKind.DISSE_FOA
                    ? DisseFoaConverter.aFormatToDisseFoa(rir) : rir;
            t = lap(profile, t, Phase.RIR);
            // only the clip's frames are kept: the convolver computes just those
            float[][] cut = FloatFftConvolver.convolve(x, channels(outputRir), frames);
            t = lap(profile, t, Phase.CONVOLUTION);
            float[] omni = pair.omni().audio().channel(0);
            dry.add(AudioBuffer.mono(x, fs));
            rirs.add(rir);
            wet.add(new AudioBuffer(cut, fs));
            labels.add(new SourceLabel(s.clipId(), s.labels(), s.direction().azimuthDeg(),
                    s.direction().elevationDeg(), s.distanceM(), t30Ms(omni, fs), RoomAnalysis.drrDb(omni, fs)));
            t = lap(profile, t, Phase.LABELS);
            if (profile != null) {
                profile.sources++;
                profile.rirSamples += rir.frames();
            }
        }
        AudioBuffer mix = average(wet, fs);
        SourceLabel first = labels.get(0);
        SpatialClip clip = new SpatialClip(scene, options, dry, rirs, wet, mix,
                new SceneLabels(labels, scene.room().floorAreaM2(), first.t30Ms(), first.drrDb()));
        lap(profile, t, Phase.MIX);
        if (profile != null) {
            profile.scenes++;
        }
        return clip;
    }

    private enum Phase { DRY, RIR, CONVOLUTION, MIX, LABELS }

    private static long lap(RenderProfile p, long since, Phase phase) {
        if (p == null) {
            return 0;
        }
        long now = RenderProfile.now();
        long d = now - since;
        switch (phase) {
            case DRY -> p.dryNs += d;
            case RIR -> p.rirNs += d;
            case CONVOLUTION -> p.convolutionNs += d;
            case MIX -> p.mixNs += d;
            case LABELS -> p.labelsNs += d;
            default -> throw new IllegalStateException();
        }
        return now;
    }

    private RoomReceiver receiver() {
        return switch (options.receiver()) {
            case BINAURAL -> BinauralReceiver.kemar();
            case FOA -> new AmbisonicReceiver(1);
            case DISSE_FOA -> new TetrahedralArrayReceiver();
        };
    }

    /**
     * Loads and prepares a dry clip: first channel, resampled, tiled/cut, normalised.
     *
     * @param clipId bank clip id
     * @return mono samples at the output rate, {@link SpatializerOptions#frames()} long
     * @throws BadClipException if the clip is unknown, unreadable, empty or silent
     */
    public float[] prepareDry(String clipId) throws BadClipException {
        BankClip clip = clipsById.get(clipId);
        if (clip == null) {
            throw new BadClipException(clipId, "not in the sound bank", null);
        }
        AudioBuffer audio;
        try {
            audio = bank.load(clip);
        } catch (IOException | RuntimeException e) {
            throw new BadClipException(clipId, "cannot be loaded from '" + clip.path() + "': " + e.getMessage(), e);
        }
        if (audio.frames() == 0) {
            throw new BadClipException(clipId, "has no samples", null);
        }
        float[] mono = audio.channel(0);
        if (audio.sampleRateHz() != options.sampleRateHz()) {
            // only the first frames() outputs are kept: resample just the input they depend on (the
            // scipy-style filter reaches at most 10 input samples past an output; 1024 is ample)
            long needed = (long) Math.ceil((double) options.frames() * audio.sampleRateHz() / options.sampleRateHz())
                    + 1024;
            if (mono.length > needed) {
                mono = java.util.Arrays.copyOf(mono, (int) needed);
            }
            mono = Resampler.resample(mono, audio.sampleRateHz(), options.sampleRateHz());
            if (mono.length > options.frames()) {
                mono = java.util.Arrays.copyOf(mono, options.frames());
            }
        }
        // normalise the clip, then tile it: the same samples as tiling first (the gain is applied per
        // sample), but a short clip is scaled once instead of once per repetition. The RMS of the tiled
        // signal is that of q whole repetitions plus the first r samples: q * (head + rest) + head, with
        // head the energy of mono[0, r) (for one whole repetition, q = 1 and r = 0, this is exactly
        // Loudness.rms's sequential sum).
        int frames = options.frames();
        if (mono.length == 0) {
            throw new BadClipException(clipId, "has no samples at " + options.sampleRateHz() + " Hz", null);
        }
        int q = frames / mono.length;
        int r = frames % mono.length;
        double head = 0;
        for (int i = 0; i < r; i++) {
            head += (double) mono[i] * mono[i];
        }
        double rest = 0;
        for (int i = r; i < mono.length; i++) {
            rest += (double) mono[i] * mono[i];
        }
        double rms = Math.sqrt((q * (head + rest) + head) / frames);
        if (rms == 0) {
            throw new BadClipException(clipId, "is silent", null);
        }
        // Loudness.normalizeRms(x, target): same gain, same rounding per sample
        double gain = Loudness.normalizationGain(Loudness.amplitudeToDb(rms), options.targetDbfs());
        float[] scaled = new float[Math.min(mono.length, frames)];
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] = (float) (mono[i] * gain);
        }
        return tile(scaled, frames);
    }

    /**
     * Where a response's energy decay curve (Schroeder backward integral, summed over the channels) falls
     * {@value #TRIM_DB} dB below the total: the smallest length whose remainder holds at most
     * {@code 10^(TRIM_DB / 10)} of the energy.
     *
     * @param rir the response's channels (all of one length)
     * @return the length to keep, at least 1 and at most the response's length
     */
    static int decayLength(float[][] rir) {
        int n = rir[0].length;
        double total = 0;
        for (float[] ch : rir) {
            for (float v : ch) {
                total += (double) v * v;
            }
        }
        double limit = total * Math.pow(10, TRIM_DB / 10);
        double rest = 0;
        for (int i = n - 1; i >= 1; i--) {
            double e = 0;
            for (float[] ch : rir) {
                e += (double) ch[i] * ch[i];
            }
            if (rest + e > limit) {
                return i + 1;
            }
            rest += e;
        }
        return 1;
    }

    /**
     * @param rir a response
     * @return the response cut at {@link #decayLength} (the same buffer when nothing is cut)
     */
    static AudioBuffer trimmed(AudioBuffer rir) {
        float[][] ch = rir.samples();
        int keep = decayLength(ch);
        if (keep == rir.frames()) {
            return rir;
        }
        float[][] cut = new float[ch.length][];
        for (int c = 0; c < ch.length; c++) {
            cut[c] = java.util.Arrays.copyOf(ch[c], keep);
        }
        return new AudioBuffer(cut, rir.sampleRateHz());
    }

    static float[] tile(float[] x, int n) {
        float[] y = new float[n];
        if (x.length == 0) {
            return y;
        }
        for (int i = 0; i < n; i += x.length) {
            System.arraycopy(x, 0, y, i, Math.min(x.length, n - i));
        }
        return y;
    }

    private static float[][] channels(AudioBuffer b) {
        float[][] c = new float[b.channels()][];
        for (int i = 0; i < c.length; i++) {
            c[i] = b.channel(i);
        }
        return c;
    }

    static AudioBuffer average(List<AudioBuffer> wet, int fs) {
        int ch = wet.get(0).channels();
        int n = wet.get(0).frames();
        int count = wet.size();
        float[][] out = new float[ch][n];
        float inv = 1.0f / count;
        // one pass per channel, the same operations in the same order as summing the sources into a
        // zeroed buffer and then scaling it: ((0 + w0) + w1 + ...) * (1 / count), the scaling only for two or more
        float[][] src = new float[count][];
        for (int c = 0; c < ch; c++) {
            for (int k = 0; k < count; k++) {
                src[k] = wet.get(k).channel(c);
            }
            float[] o = out[c];
            if (count == 1) {
                float[] a = src[0];
                for (int i = 0; i < n; i++) {
                    o[i] = 0f + a[i];
                }
            } else if (count == 2) {
                float[] a = src[0];
                float[] b = src[1];
                for (int i = 0; i < n; i++) {
                    o[i] = ((0f + a[i]) + b[i]) * inv;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    float v = 0f;
                    for (int k = 0; k < count; k++) {
                        v += src[k][i];
                    }
                    o[i] = v * inv;
                }
            }
        }
        return new AudioBuffer(out, fs);
    }

    private static double t30Ms(float[] omni, int fs) {
        try {
            return RoomAnalysis.t30S(omni, fs) * 1000;
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }
}
