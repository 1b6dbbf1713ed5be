package dev.earshot.data.spatialize;

import dev.earshot.audio.dsp.Resampler;
import dev.earshot.spatial.hrtf.HrirLookup;
import dev.earshot.spatial.hrtf.HrtfSet;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.hrtf.NearestHrirLookup;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The built-in KEMAR set resampled once per sample rate (polyphase {@link Resampler}, scaled by
 * fromHz / toHz so every HRIR keeps its frequency response), with a nearest-direction lookup; cached.
 */
final class HrirTables {
    private static final ConcurrentMap<Integer, HrirLookup> CACHE = new ConcurrentHashMap<>();

    private HrirTables() {
    }

    /**
     * @param sampleRateHz target rate in Hz
     * @return a thread-safe nearest-direction lookup of KEMAR at that rate
     */
    static HrirLookup kemar(int sampleRateHz) {
        return CACHE.computeIfAbsent(sampleRateHz, HrirTables::build);
    }

    private static HrirLookup build(int toHz) {
        HrtfSet set = HrtfSets.builtinKemar();
        if (set.sampleRateHz() == toHz) {
            return new NearestHrirLookup(set);
        }
        int m = set.measurementCount();
        float scale = (float) set.sampleRateHz() / toHz;
        float[][] left = resampleAll(set.left(), set.sampleRateHz(), toHz, scale);
        float[][] right = resampleAll(set.right(), set.sampleRateHz(), toHz, scale);
        return new NearestHrirLookup(new HrtfSet(set.name() + " @" + toHz + " Hz", toHz, set.directions(),
                set.distancesM(), left, right, set.attributes()));
    }

    /**
     * Resamples many short filters in one call (the polyphase filter design dominates the cost of a
     * call): the filters are laid out at a stride that is a multiple of the decimation factor and far
     * longer than the filter support, so each output segment equals a separate resampling exactly.
     */
    static float[][] resampleAll(float[][] irs, int fromHz, int toHz, float scale) {
        int g = gcd(fromHz, toHz);
        int up = toHz / g;
        int down = fromHz / g;
        int n = irs[0].length;
        int support = 2 * 10 * Math.max(up, down) / up + 2;
        int stride = ((n + support + down - 1) / down) * down;
        float[] all = new float[stride * irs.length];
        for (int i = 0; i < irs.length; i++) {
            System.arraycopy(irs[i], 0, all, i * stride, n);
        }
        float[] y = Resampler.resample(all, fromHz, toHz);
        int outLen = Resampler.outputLength(n, fromHz, toHz);
        int outStride = stride / down * up;
        float[][] out = new float[irs.length][];
        for (int i = 0; i < irs.length; i++) {
            out[i] = scaled(java.util.Arrays.copyOfRange(y, i * outStride, i * outStride + outLen), scale);
        }
        return out;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static float[] scaled(float[] x, float s) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= s;
        }
        return x;
    }
}
