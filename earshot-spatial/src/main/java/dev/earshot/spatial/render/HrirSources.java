package dev.earshot.spatial.render;

import dev.earshot.spatial.hrtf.HrirLookup;
import dev.earshot.spatial.hrtf.HrtfSet;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.hrtf.NearestHrirLookup;

/** Picks the HRIR lookup for a binaural render and brings it to the render rate. */
final class HrirSources {
    private HrirSources() {
    }

    /**
     * @param given        the lookup from the options, or null for the built-in set
     * @param sampleRateHz the render rate
     * @return a lookup whose HRIRs are at the render rate
     */
    static HrirLookup forRate(HrirLookup given, int sampleRateHz) {
        HrirLookup lookup = given != null ? given : lookupFor(HrtfSets.builtinKemar());
        return lookup.sampleRateHz() == sampleRateHz ? lookup : new ResampledHrirLookup(lookup, sampleRateHz);
    }

    /**
     * The default lookup for a measured set.
     *
     * @param set the set
     * @return the lookup renderers use for it
     */
    static HrirLookup lookupFor(HrtfSet set) {
        return new NearestHrirLookup(set);
    }
}
