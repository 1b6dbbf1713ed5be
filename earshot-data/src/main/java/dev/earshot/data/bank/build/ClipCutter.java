package dev.earshot.data.bank.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Silence trimming and cutting of a mono recording into clips of bounded length.
 *
 * <p>Activity is measured on consecutive 10 ms frames by their RMS level in dBFS. A frame is active
 * when its level is at most {@code relativeThresholdDb} below the loudest frame of the recording and at
 * least {@code absoluteFloorDb}. Trimming keeps everything from the first to the last active frame.
 * Cutting walks over the trimmed recording in steps of {@code maxClipS}, trims each piece again, keeps
 * pieces at least {@code minClipS} long, and fades a piece in or out over 5 ms only where it was cut out
 * of continuing sound (a natural onset or decay is left untouched).
 *
 * @param relativeThresholdDb how far below the loudest frame a frame still counts as active, dB (positive)
 * @param absoluteFloorDb     level below which a frame is never active, dBFS (negative)
 * @param minClipS            shortest clip kept, seconds
 * @param maxClipS            longest clip, seconds
 */
public record ClipCutter(double relativeThresholdDb, double absoluteFloorDb, double minClipS, double maxClipS) {
    static final double FRAME_S = 0.010;
    static final double FADE_S = 0.005;

    /** @throws IllegalArgumentException if a threshold has the wrong sign or the lengths are not 0 < min <= max */
    public ClipCutter {
        if (!(relativeThresholdDb > 0) || !(absoluteFloorDb < 0) || !(minClipS > 0) || !(maxClipS >= minClipS)) {
            throw new IllegalArgumentException("clip cutter needs relativeThresholdDb > 0, absoluteFloorDb < 0 and "
                    + "0 < minClipS <= maxClipS, got " + relativeThresholdDb + ", " + absoluteFloorDb + ", " + minClipS
                    + ", " + maxClipS);
        }
    }

    /**
     * The active span of a recording.
     *
     * @param x            mono samples
     * @param sampleRateHz sample rate in Hz
     * @return {@code {start, end}} sample indices (end exclusive), frame-aligned; {@code {0, 0}} when no
     *         frame is active
     */
    public int[] activeSpan(float[] x, int sampleRateHz) {
        int frame = Math.max(1, (int) Math.round(FRAME_S * sampleRateHz));
        int frames = (x.length + frame - 1) / frame;
        double[] db = new double[frames];
        double maxDb = Double.NEGATIVE_INFINITY;
        for (int f = 0; f < frames; f++) {
            int a = f * frame;
            int b = Math.min(x.length, a + frame);
            double sum = 0;
            for (int i = a; i < b; i++) {
                sum += (double) x[i] * x[i];
            }
            double rms = Math.sqrt(sum / (b - a));
            db[f] = rms > 0 ? 20 * Math.log10(rms) : Double.NEGATIVE_INFINITY;
            maxDb = Math.max(maxDb, db[f]);
        }
        double threshold = Math.max(absoluteFloorDb, maxDb - relativeThresholdDb);
        int first = -1;
        int last = -1;
        for (int f = 0; f < frames; f++) {
            if (db[f] >= threshold && db[f] > Double.NEGATIVE_INFINITY) {
                if (first < 0) {
                    first = f;
                }
                last = f;
            }
        }
        if (first < 0) {
            return new int[] {0, 0};
        }
        return new int[] {first * frame, Math.min(x.length, (last + 1) * frame)};
    }

    /**
     * Trims silence from both ends.
     *
     * @param x            mono samples
     * @param sampleRateHz sample rate in Hz
     * @return the active part (a copy; empty when nothing is active)
     */
    public float[] trim(float[] x, int sampleRateHz) {
        int[] s = activeSpan(x, sampleRateHz);
        return Arrays.copyOfRange(x, s[0], s[1]);
    }

    /**
     * Cuts a recording into clips.
     *
     * @param x            mono samples
     * @param sampleRateHz sample rate in Hz
     * @param maxClips     most clips to return (the first ones in time), at least 1
     * @return the clips in time order, each between minClipS and maxClipS long
     */
    public List<float[]> cut(float[] x, int sampleRateHz, int maxClips) {
        if (maxClips < 1) {
            throw new IllegalArgumentException("maxClips must be >= 1, got " + maxClips);
        }
        int[] span = activeSpan(x, sampleRateHz);
        int maxLen = (int) Math.floor(maxClipS * sampleRateHz);
        int minLen = (int) Math.ceil(minClipS * sampleRateHz);
        int fade = (int) Math.round(FADE_S * sampleRateHz);
        List<float[]> clips = new ArrayList<>();
        for (int a = span[0]; a < span[1] && clips.size() < maxClips; a += maxLen) {
            int b = Math.min(span[1], a + maxLen);
            float[] piece = Arrays.copyOfRange(x, a, b);
            int[] s = activeSpan(piece, sampleRateHz);
            if (s[1] - s[0] < minLen) {
                continue;
            }
            float[] clip = Arrays.copyOfRange(piece, s[0], s[1]);
            boolean cutAtStart = a > span[0] && s[0] == 0;
            boolean cutAtEnd = b < span[1] && s[1] == piece.length;
            int n = Math.min(fade, clip.length / 2);
            for (int i = 0; i < n; i++) {
                float g = (float) (i + 0.5) / n;
                if (cutAtStart) {
                    clip[i] *= g;
                }
                if (cutAtEnd) {
                    clip[clip.length - 1 - i] *= g;
                }
            }
            clips.add(clip);
        }
        return clips;
    }
}
