package dev.earshot.spatial.render;

import dev.earshot.spatial.hrtf.HrirLookup;
import dev.earshot.spatial.hrtf.HrtfSet;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.hrtf.InterpolatedHrirLookup;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Picks the HRIR lookup for a binaural render and brings it to the render rate. A set's measurements
 * are resampled as the lookup needs them (by the rule of {@link HrtfSet#resampled}); a lookup given at another rate is wrapped in
 * {@link ResampledHrirLookup}. The default lookup is the
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
                    rate -> lookupFor(HrtfSets.builtinKemar(), rate));
        }
        return given.sampleRateHz() == sampleRateHz ? given : new ResampledHrirLookup(given, sampleRateHz);
    }

    /**
     * The default lookup for a measured set at a render rate: the set's measurements are resampled
     * (by the rule of {@link HrtfSet#resampled}) only as lookups need them.
     *
     * @param set          the set
     * @param sampleRateHz the render rate
     * @return the lookup renderers use for it, at the render rate
     */
    static HrirLookup lookupFor(HrtfSet set, int sampleRateHz) {
        return new InterpolatedHrirLookup(set, sampleRateHz);
    }
}
