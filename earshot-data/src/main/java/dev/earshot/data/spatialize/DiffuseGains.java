package dev.earshot.data.spatialize;

import dev.earshot.spatial.hrtf.HrtfSet;
import dev.earshot.spatial.hrtf.HrtfSets;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** RMS diffuse-field gains of the built-in KEMAR ears: sqrt of the mean HRIR energy over directions. */
final class DiffuseGains {
    private static final ConcurrentMap<Integer, double[]> CACHE = new ConcurrentHashMap<>();

    private DiffuseGains() {
    }

    /**
     * @param sampleRateHz rate of the resampled HRIRs
     * @return {left, right} gains
     */
    static double[] of(int sampleRateHz) {
        return CACHE.computeIfAbsent(sampleRateHz, fs -> {
            HrtfSet set = HrtfSets.builtinKemar();
            // energy of a sampled filter scales with fromHz/toHz after the amplitude rescale in HrirTables
            double rateFactor = (double) set.sampleRateHz() / fs;
            return new double[] {Math.sqrt(meanEnergy(set.left()) * rateFactor),
                    Math.sqrt(meanEnergy(set.right()) * rateFactor)};
        }).clone();
    }

    static double meanEnergy(float[][] irs) {
        double sum = 0;
        for (float[] ir : irs) {
            for (float v : ir) {
                sum += (double) v * v;
            }
        }
        return sum / irs.length;
    }
}
