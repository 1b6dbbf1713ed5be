package dev.earshot.spatial.ambisonics;

import dev.earshot.audio.AudioBuffer;

/** Shared argument checks of the first-order adapters. */
final class FoaChecks {
    private FoaChecks() {
    }

    /**
     * @param buffer the buffer to check
     * @param what   how the caller names the expected format, for the message
     * @return the buffer's channels
     * @throws IllegalArgumentException if the buffer is null or does not have exactly 4 channels
     */
    static float[][] fourChannels(AudioBuffer buffer, String what) {
        if (buffer == null) {
            throw new IllegalArgumentException(what + " buffer is required");
        }
        if (buffer.channels() != 4) {
            throw new IllegalArgumentException(what + " must have 4 channels, got " + buffer.channels());
        }
        return buffer.samples();
    }

    /**
     * out[k] = gain[k] * in[source[k]] for the four channels.
     */
    static AudioBuffer remix(AudioBuffer in, int[] source, double[] gain) {
        float[][] s = in.samples();
        float[][] out = new float[4][];
        for (int k = 0; k < 4; k++) {
            float[] src = s[source[k]];
            float[] dst = new float[src.length];
            double g = gain[k];
            for (int i = 0; i < src.length; i++) {
                dst[i] = (float) (g * src[i]);
            }
            out[k] = dst;
        }
        return new AudioBuffer(out, in.sampleRateHz());
    }
}
