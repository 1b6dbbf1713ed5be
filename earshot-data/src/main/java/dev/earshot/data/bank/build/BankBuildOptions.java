package dev.earshot.data.bank.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Parameters of a bank build ({@code earshot bank build}).
 *
 * @param outDir               bank folder to create (must not already hold a manifest)
 * @param sampleRateHz         sample rate of the written clips, Hz (8000..192000)
 * @param classes              classes to build; empty builds every class of the recipe
 * @param minClipS             shortest clip kept, seconds
 * @param maxClipS             longest clip, seconds (longer recordings are cut into several clips)
 * @param maxClipsPerOriginal  most clips cut from one original recording
 * @param maxOriginalsPerClass most original recordings used per class (a seeded choice when there are more)
 * @param testFraction         share of each class's originals in the test split, [0, 1)
 * @param seed                 seed of the original choice, the split and the generated phrases
 * @param installMissing       install missing packages with the package manager (else fail naming them)
 */
public record BankBuildOptions(Path outDir, int sampleRateHz, List<String> classes, double minClipS, double maxClipS,
                               int maxClipsPerOriginal, int maxOriginalsPerClass, double testFraction, long seed,
                               boolean installMissing) {
    /** Default sample rate: 32 kHz, the rate of Spatial-AST and SpatialSoundQA. */
    public static final int DEFAULT_RATE_HZ = 32000;

    /** @throws IllegalArgumentException if a value is out of range */
    public BankBuildOptions {
        Objects.requireNonNull(outDir, "outDir");
        classes = List.copyOf(classes);
        if (sampleRateHz < 8000 || sampleRateHz > 192000) {
            throw new IllegalArgumentException("sample rate must be 8000..192000 Hz, got " + sampleRateHz);
        }
        if (!(minClipS > 0) || !(maxClipS >= minClipS) || maxClipS > 600) {
            throw new IllegalArgumentException("clip lengths need 0 < min <= max <= 600 s, got " + minClipS + ", "
                    + maxClipS);
        }
        if (maxClipsPerOriginal < 1 || maxOriginalsPerClass < 1) {
            throw new IllegalArgumentException("maxClipsPerOriginal and maxOriginalsPerClass must be >= 1");
        }
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
    }

    /**
     * The defaults: 32 kHz, all classes, clips 0.1-5 s, at most 4 clips per original and 80 originals per
     * class, 20% of originals in test, seed 0, installing missing packages.
     *
     * @param outDir bank folder to create
     * @return the options
     */
    public static BankBuildOptions defaults(Path outDir) {
        return new BankBuildOptions(outDir, DEFAULT_RATE_HZ, List.of(), 0.1, 5.0, 4, 80, 0.2, 0L, true);
    }

    /**
     * @param hz sample rate in Hz
     * @return a copy with another sample rate
     */
    public BankBuildOptions withSampleRateHz(int hz) {
        return new BankBuildOptions(outDir, hz, classes, minClipS, maxClipS, maxClipsPerOriginal, maxOriginalsPerClass,
                testFraction, seed, installMissing);
    }

    /**
     * @param names classes to build (empty: all)
     * @return a copy restricted to those classes
     */
    public BankBuildOptions withClasses(List<String> names) {
        return new BankBuildOptions(outDir, sampleRateHz, names, minClipS, maxClipS, maxClipsPerOriginal,
                maxOriginalsPerClass, testFraction, seed, installMissing);
    }
}
