package dev.earshot.audio.io;

import java.nio.ByteBuffer;

/** Conversion between interleaved little-endian WAV sample bytes and float channels (package-private). */
final class WavSamples {
    private static final float SCALE_8 = 1f / 128f;
    private static final float SCALE_16 = 1f / 32768f;
    private static final float SCALE_24 = 1f / 8388608f;
    private static final double SCALE_32 = 1.0 / 2147483648.0;

    private WavSamples() {
    }

    /**
     * Decodes {@code frames} interleaved frames from {@code src} (little-endian, positioned at the first
     * byte) into {@code dst[c][offset ...]}.
     */
    static void decode(ByteBuffer src, WavSampleFormat fmt, float[][] dst, int offset, int frames) {
        int channels = dst.length;
        int end = offset + frames;
        switch (fmt) {
            case PCM_U8 -> {
                for (int i = offset; i < end; i++) {
                    for (int c = 0; c < channels; c++) {
                        dst[c][i] = ((src.get() & 0xFF) - 128) * SCALE_8;
                    }
                }
            }
            case PCM_S16 -> {
                for (int i = offset; i < end; i++) {
                    for (int c = 0; c < channels; c++) {
                        dst[c][i] = src.getShort() * SCALE_16;
                    }
                }
            }
            case PCM_S24 -> {
                for (int i = offset; i < end; i++) {
                    for (int c = 0; c < channels; c++) {
                        int b0 = src.get() & 0xFF;
                        int b1 = src.get() & 0xFF;
                        int b2 = src.get();
                        dst[c][i] = ((b2 << 16) | (b1 << 8) | b0) * SCALE_24;
                    }
                }
            }
            case PCM_S32 -> {
                for (int i = offset; i < end; i++) {
                    for (int c = 0; c < channels; c++) {
                        dst[c][i] = (float) (src.getInt() * SCALE_32);
                    }
                }
            }
            case FLOAT32 -> {
                // bulk copy through a little-endian float view (a plain memory copy on little-endian
                // machines), then de-interleave
                float[] tmp = new float[frames * channels];
                src.asFloatBuffer().get(tmp);
                src.position(src.position() + 4 * tmp.length);
                if (channels == 1) {
                    System.arraycopy(tmp, 0, dst[0], offset, frames);
                } else {
                    for (int c = 0; c < channels; c++) {
                        float[] d = dst[c];
                        for (int i = 0, j = c; i < frames; i++, j += channels) {
                            d[offset + i] = tmp[j];
                        }
                    }
                }
            }
            case FLOAT64 -> {
                for (int i = offset; i < end; i++) {
                    for (int c = 0; c < channels; c++) {
                        dst[c][i] = (float) src.getDouble();
                    }
                }
            }
        }
    }

    /**
     * Encodes {@code frames} frames of {@code src[c][offset ...]} interleaved into {@code dst}
     * (little-endian). Integer encodings scale by 2^(bits-1), round to nearest and clip; float32 stores
     * the values unchanged.
     */
    /**
     * Checks a channel-major block handed to a writer.
     *
     * @throws IllegalArgumentException unless the block has {@code channels} channels that each hold frames
     *                                  {@code offset .. offset + frameCount}
     */
    static void checkBlock(float[][] block, int channels, int offset, int frameCount) {
        if (block == null || block.length != channels) {
            throw new IllegalArgumentException("expected a block of " + channels + " channels, got "
                    + (block == null ? "null" : block.length));
        }
        for (int c = 0; c < channels; c++) {
            if (offset < 0 || frameCount < 0 || block[c] == null || (long) offset + frameCount > block[c].length) {
                throw new IllegalArgumentException("channel " + c + " cannot supply frames " + offset + ".."
                        + ((long) offset + frameCount));
            }
        }
    }

    static void encode(float[][] src, int offset, int frames, WavSampleFormat fmt, ByteBuffer dst) {
        int channels = src.length;
        int end = offset + frames;
        switch (fmt) {
            case PCM_S16 -> {
                for (int i = offset; i < end; i++) {
                    for (int c = 0; c < channels; c++) {
                        dst.putShort((short) clamp(Math.round(src[c][i] * 32768f), -32768, 32767));
                    }
                }
            }
            case PCM_S24 -> {
                for (int i = offset; i < end; i++) {
                    for (int c = 0; c < channels; c++) {
                        int v = clamp(Math.round(src[c][i] * 8388608f), -8388608, 8388607);
                        dst.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
                    }
                }
            }
            case FLOAT32 -> encodeFloat32(src, offset, frames, dst);
            default -> throw new IllegalArgumentException("not a write format: " + fmt);
        }
    }

    /** Per-thread interleaving scratch for {@link #encodeFloat32} (floats). */
    private static final ThreadLocal<float[]> INTERLEAVED = ThreadLocal.withInitial(() -> new float[8192]);

    /**
     * Interleaves into a per-thread float array, then bulk-copies that into a float view of the buffer
     * (the buffer's byte order, little-endian here: a memory copy on little-endian machines, where
     * per-sample stores into a direct buffer's view cost several times as much).
     */
    private static void encodeFloat32(float[][] src, int offset, int frames, ByteBuffer dst) {
        int channels = src.length;
        java.nio.FloatBuffer f = dst.asFloatBuffer();
        if (channels == 1) {
            f.put(src[0], offset, frames);
        } else {
            float[] tmp = INTERLEAVED.get();
            if (tmp.length < channels) {
                tmp = new float[channels];
                INTERLEAVED.set(tmp);
            }
            int perChunk = tmp.length / channels;
            for (int done = 0; done < frames; ) {
                int n = Math.min(perChunk, frames - done);
                int from = offset + done;
                if (channels == 2) {
                    float[] l = src[0];
                    float[] r = src[1];
                    for (int i = 0; i < n; i++) {
                        tmp[2 * i] = l[from + i];
                        tmp[2 * i + 1] = r[from + i];
                    }
                } else {
                    for (int c = 0; c < channels; c++) {
                        float[] s = src[c];
                        for (int i = 0, j = c; i < n; i++, j += channels) {
                            tmp[j] = s[from + i];
                        }
                    }
                }
                f.put(tmp, 0, n * channels);
                done += n;
            }
        }
        dst.position(dst.position() + 4 * frames * channels);
    }

    private static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : Math.min(v, hi);
    }
}
