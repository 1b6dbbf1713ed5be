package dev.earshot.spatial.render;

import dev.earshot.spatial.hrtf.HrirLookup;

/** Picks the HRIR lookup for a binaural render and brings it to the render rate. */
final class HrirSources {
    private HrirSources() {
    }

    static HrirLookup forRate(HrirLookup given, int sampleRateHz) {
        if (given == null) {
            throw new IllegalArgumentException("no HRIR lookup given (built-in KEMAR not yet wired)");
        }
        if (given.sampleRateHz() != sampleRateHz) {
            throw new IllegalArgumentException("HRIR rate " + given.sampleRateHz() + " Hz differs from render rate "
                    + sampleRateHz + " Hz (resampling not yet wired)");
        }
        return given;
    }
}
