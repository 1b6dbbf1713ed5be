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
        float[][] left = new float[m][];
        float[][] right = new float[m][];
        float scale = (float) set.sampleRateHz() / toHz;
        for (int i = 0; i < m; i++) {
            left[i] = scaled(Resampler.resample(set.left()[i], set.sampleRateHz(), toHz), scale);
            right[i] = scaled(Resampler.resample(set.right()[i], set.sampleRateHz(), toHz), scale);
        }
        return new NearestHrirLookup(new HrtfSet(set.name() + " @" + toHz + " Hz", toHz, set.directions(),
                set.distancesM(), left, right, set.attributes()));
    }

    private static float[] scaled(float[] x, float s) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= s;
        }
        return x;
    }
}
