package dev.earshot.spatial.render;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.Resampler;
import dev.earshot.spatial.hrtf.HrirLookup;
import dev.earshot.spatial.hrtf.HrtfSet;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.hrtf.InterpolatedHrirLookup;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Picks the HRIR lookup for a binaural render and brings it to the render rate. A whole set is
 * resampled once (one polyphase filter design for all of its responses). The default lookup is the
 * onset-aligned {@link InterpolatedHrirLookup}; for the built-in KEMAR set it is built once per rate
 * and kept (immutable, thread-safe derived data, like the cached set itself).
 */
final class HrirSources {
    private static final ConcurrentMap<Integer, HrirLookup> BUILTIN_BY_RATE = new ConcurrentHashMap<>();

    private HrirSources() {
    }

    /**
     * @param given        the lookup from the options, or null for the built-in set
     * @param sampleRateHz the render rate
     * @return a lookup whose HRIRs are at the render rate
     */
    static HrirLookup forRate(HrirLookup given, int sampleRateHz) {
        if (given == null) {
            return BUILTIN_BY_RATE.computeIfAbsent(sampleRateHz,
                    rate -> lookupFor(resampled(HrtfSets.builtinKemar(), rate)));
        }
        return given.sampleRateHz() == sampleRateHz ? given : new ResampledHrirLookup(given, sampleRateHz);
    }

    /**
     * The default lookup for a measured set.
     *
     * @param set the set
     * @return the lookup renderers use for it
     */
    static HrirLookup lookupFor(HrtfSet set) {
        return new InterpolatedHrirLookup(set);
    }

    /**
     * Every HRIR of a set resampled with the dsp module's polyphase {@link Resampler} and scaled by
     * fromHz / toHz, so the filters keep their frequency response.
     *
     * @param set  the set
     * @param toHz the new rate
     * @return the set itself if the rate matches, else a resampled copy
     */
    static HrtfSet resampled(HrtfSet set, int toHz) {
        int from = set.sampleRateHz();
        if (from == toHz) {
            return set;
        }
        int m = set.measurementCount();
        float[][] all = new float[2 * m][];
        for (int i = 0; i < m; i++) {
            all[i] = set.left()[i];
            all[m + i] = set.right()[i];
        }
        float[][] out = Resampler.resample(new AudioBuffer(all, from), toHz).samples();
        float scale = (float) from / toHz;
        float[][] left = new float[m][];
        float[][] right = new float[m][];
        for (int i = 0; i < m; i++) {
            left[i] = scaled(out[i], scale);
            right[i] = scaled(out[m + i], scale);
        }
        return new HrtfSet(set.name(), toHz, set.directions(), set.distancesM(), left, right, set.attributes());
    }

    private static float[] scaled(float[] x, float s) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= s;
        }
        return x;
    }
}
