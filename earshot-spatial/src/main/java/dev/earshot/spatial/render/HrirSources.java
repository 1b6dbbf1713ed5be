package dev.earshot.spatial.render;

import dev.earshot.spatial.hrtf.HrirLookup;

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
        if (given == null) {
            throw new IllegalArgumentException("no HRIR lookup given (built-in KEMAR not yet wired)");
        }
        return given.sampleRateHz() == sampleRateHz ? given : new ResampledHrirLookup(given, sampleRateHz);
    }
}
