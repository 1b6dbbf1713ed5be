package dev.earshot.audio.dsp;

import dev.earshot.audio.AudioBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Mixing utilities for {@link AudioBuffer}s: sum and average of several buffers, gain in dB, mono
 * downmix and padding/cropping to a frame count. Every method returns a new buffer and leaves its
 * inputs unchanged, except {@link #addInto}, which accumulates into its destination.
 */
public final class Mixer {
    private Mixer() {
    }

    /** How buffers of different lengths are combined. */
    public enum LengthPolicy {
        /** The result is as long as the longest input; shorter inputs count as zeros past their end. */
        PAD_TO_LONGEST,
        /** The result is as long as the shortest input; longer inputs are cut. */
        CROP_TO_SHORTEST
    }

    /** How several channels become one. */
    public enum Downmix {
        /** Keep channel 0 (what Spatial-AST does when loading multichannel clips). */
        FIRST_CHANNEL,
        /** Mean of all channels. */
        AVERAGE
    }

    /**
     * Sample-wise sum of buffers.
     *
     * @param buffers at least one buffer, all with the same sample rate and channel count
     * @param policy  how lengths are reconciled
     * @return the sum
     * @throws IllegalArgumentException if the list is empty or the rates or channel counts differ
     */
    public static AudioBuffer sum(List<AudioBuffer> buffers, LengthPolicy policy) {
        return combine(buffers, policy, 1.0);
    }

    /**
     * Sample-wise mean of buffers: the sum divided by the number of buffers (also where padding
     * applies).
     *
     * @param buffers at least one buffer, all with the same sample rate and channel count
     * @param policy  how lengths are reconciled
     * @return the mean
     * @throws IllegalArgumentException if the list is empty or the rates or channel counts differ
     */
    public static AudioBuffer average(List<AudioBuffer> buffers, LengthPolicy policy) {
        return combine(buffers, policy, buffers == null || buffers.isEmpty() ? 1.0 : 1.0 / buffers.size());
    }

    private static AudioBuffer combine(List<AudioBuffer> buffers, LengthPolicy policy, double scale) {
        if (buffers == null || buffers.isEmpty()) {
            throw new IllegalArgumentException("buffers: need at least one buffer to mix");
        }
        if (policy == null) {
            throw new IllegalArgumentException("policy must not be null");
        }
        AudioBuffer first = buffers.get(0);
        int frames = first.frames();
        for (int i = 1; i < buffers.size(); i++) {
            AudioBuffer b = buffers.get(i);
            if (b.sampleRateHz() != first.sampleRateHz()) {
                throw new IllegalArgumentException("buffers[" + i + "]: sample rate " + b.sampleRateHz()
                        + " Hz, expected " + first.sampleRateHz() + " Hz like buffers[0]");
            }
            if (b.channels() != first.channels()) {
                throw new IllegalArgumentException("buffers[" + i + "]: " + b.channels()
                        + " channels, expected " + first.channels() + " like buffers[0]");
            }
            frames = policy == LengthPolicy.PAD_TO_LONGEST ? Math.max(frames, b.frames()) : Math.min(frames, b.frames());
        }
        double[][] acc = new double[first.channels()][frames];
        for (AudioBuffer b : buffers) {
            for (int c = 0; c < acc.length; c++) {
                float[] src = b.channel(c);
                double[] dst = acc[c];
                int n = Math.min(frames, src.length);
                for (int i = 0; i < n; i++) {
                    dst[i] += src[i];
                }
            }
        }
        float[][] out = new float[acc.length][frames];
        for (int c = 0; c < acc.length; c++) {
            for (int i = 0; i < frames; i++) {
                out[c][i] = (float) (acc[c][i] * scale);
            }
        }
        return new AudioBuffer(out, first.sampleRateHz());
    }

    /**
     * Applies a gain.
     *
     * @param in     audio
     * @param gainDb gain in dB (amplitude factor 10^(gainDb/20)); negative infinity mutes
     * @return a new, scaled buffer
     * @throws IllegalArgumentException if the gain is NaN or positive infinity
     */
    public static AudioBuffer gainDb(AudioBuffer in, double gainDb) {
        if (Double.isNaN(gainDb) || gainDb == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("gainDb must be finite or -Infinity, got " + gainDb);
        }
        double g = Loudness.dbToAmplitude(gainDb);
        float[][] out = new float[in.channels()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = Loudness.scaled(in.channel(c), g);
        }
        return new AudioBuffer(out, in.sampleRateHz());
    }

    /**
     * Mono downmix.
     *
     * @param in   audio with any number of channels
     * @param mode first channel or channel average
     * @return a new one-channel buffer at the same rate
     */
    public static AudioBuffer toMono(AudioBuffer in, Downmix mode) {
        if (mode == null) {
            throw new IllegalArgumentException("mode must not be null");
        }
        if (mode == Downmix.FIRST_CHANNEL || in.channels() == 1) {
            return AudioBuffer.mono(in.channel(0).clone(), in.sampleRateHz());
        }
        int frames = in.frames();
        float[] out = new float[frames];
        double inv = 1.0 / in.channels();
        for (int i = 0; i < frames; i++) {
            double s = 0;
            for (float[] ch : in.samples()) {
                s += ch[i];
            }
            out[i] = (float) (s * inv);
        }
        return AudioBuffer.mono(out, in.sampleRateHz());
    }

    /**
     * Pads with trailing zeros or crops at the end to an exact number of frames.
     *
     * @param in     audio
     * @param frames the frame count of the result, &ge; 0
     * @return a new buffer with that many frames
     * @throws IllegalArgumentException if frames is negative
     */
    public static AudioBuffer fitFrames(AudioBuffer in, int frames) {
        if (frames < 0) {
            throw new IllegalArgumentException("frames must be >= 0, got " + frames);
        }
        float[][] out = new float[in.channels()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = Arrays.copyOf(in.channel(c), frames);
        }
        return new AudioBuffer(out, in.sampleRateHz());
    }

    /**
     * Accumulates {@code gain * src} into {@code dst} starting at frame {@code dstOffset}; the part of
     * src that would fall outside dst (before frame 0 or past the end) is dropped.
     *
     * @param dst       destination samples (modified)
     * @param dstOffset frame of dst where src[0] lands; may be negative
     * @param src       samples to add
     * @param gain      linear gain
     */
    public static void addInto(float[] dst, int dstOffset, float[] src, float gain) {
        int from = Math.max(0, -dstOffset);
        int to = (int) Math.min(src.length, (long) dst.length - dstOffset);
        for (int i = from; i < to; i++) {
            dst[dstOffset + i] += gain * src[i];
        }
    }
}
