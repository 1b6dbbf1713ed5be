package dev.earshot.spatial.render;

import dev.earshot.spatial.hrtf.HrirLookup;
import dev.earshot.spatial.hrtf.HrtfSet;

/**
 * How a {@link Renderer} works, as opposed to what it renders ({@link SpatialParams}).
 *
 * @param sampleRateHz       render (input and output) sample rate in Hz, in [8000, 384000]
 * @param blockSize          samples per processing block, even, in [64, 32768]; also the crossfade
 *                           length when a binaural source moves. Powers of two are usual; a static
 *                           binaural source with long blocks chooses its own longer one
 *                           ({@link #forTrajectory})
 * @param hrirLookup         HRIRs for {@link RenderFormat#BINAURAL}; null means the built-in MIT KEMAR
 *                           set with interpolated lookup. HRIRs at another rate are resampled.
 * @param reverbSeed         seed of the parametric reverb's noise (renders are reproducible per seed)
 * @param propagationDelay   whether to delay the sound by distance / speed of sound
 * @param airAbsorption      whether to apply ISO 9613-1 air absorption over the distance
 * @param referenceDistanceM distance in metres at which the distance gain is 1 (0 dB), in [0.1, 100]
 */
public record RenderOptions(int sampleRateHz, int blockSize, HrirLookup hrirLookup, long reverbSeed,
                            boolean propagationDelay, boolean airAbsorption, double referenceDistanceM) {

    /** Speed of sound used for propagation delays and ITDs, in metres per second (20 &deg;C air). */
    public static final double SPEED_OF_SOUND_MPS = 343.0;

    /**
     * Default block size in samples: 21 ms at 48 kHz, the filter-update and crossfade period of a
     * moving binaural source.
     */
    public static final int DEFAULT_BLOCK_SIZE = 1024;

    /**
     * Block size for a source that stays put or moves slowly ({@link #forTrajectory}): its filters
     * change no more often than with the default block, so a longer block only lowers the cost per
     * sample. The binaural stage convolves it as two 1024-sample partitions with 2048-point FFTs, the
     * cheapest per sample for HRIRs of up to 1024 taps (measured, docs/BENCHMARKS.md).
     */
    public static final int LONG_BLOCK_SIZE = 2048;

    /** Largest block size in samples. */
    public static final int MAX_BLOCK_SIZE = 32768;

    /**
     * Validates every field.
     *
     * @throws IllegalArgumentException naming the field and its allowed range
     */
    public RenderOptions {
        if (sampleRateHz < 8000 || sampleRateHz > 384000) {
            throw new IllegalArgumentException("sampleRateHz must be in [8000, 384000], got " + sampleRateHz);
        }
        if (blockSize < 64 || blockSize > MAX_BLOCK_SIZE || blockSize % 2 != 0) {
            throw new IllegalArgumentException("blockSize must be even and in [64, " + MAX_BLOCK_SIZE + "], got "
                    + blockSize);
        }
        if (!Double.isFinite(referenceDistanceM) || referenceDistanceM < 0.1 || referenceDistanceM > 100) {
            throw new IllegalArgumentException("referenceDistanceM must be in [0.1, 100] m, got " + referenceDistanceM);
        }
    }

    /**
     * Defaults: block {@value #DEFAULT_BLOCK_SIZE}, built-in KEMAR HRIRs, seed 0, propagation delay and air absorption on,
     * reference distance 1 m.
     *
     * @param sampleRateHz render sample rate in Hz
     * @return the options
     */
    public static RenderOptions defaults(int sampleRateHz) {
        return new RenderOptions(sampleRateHz, DEFAULT_BLOCK_SIZE, null, 0L, true, true, 1.0);
    }

    /**
     * @param size new block size
     * @return a copy with that block size
     */
    public RenderOptions withBlockSize(int size) {
        return new RenderOptions(sampleRateHz, size, hrirLookup, reverbSeed, propagationDelay, airAbsorption,
                referenceDistanceM);
    }

    /**
     * The options to render one trajectory: {@link #LONG_BLOCK_SIZE} instead of the default block size
     * when the source stays at one distance and turns by less than the binaural filter-update step
     * ({@value BinauralStage#MIN_UPDATE_DEG} degrees) within a long block, so that its filters change
     * no more often than with the default block; otherwise (or when the block size is not the
     * default: a caller's own choice stands) these options unchanged. With long blocks, a static
     * binaural source whose distance filter is folded into its HRIRs runs with the longer block that
     * makes its FFTs cheapest per sample (computed at render time from the HRIR length; 15080
     * frames for the built-in KEMAR set at 48 kHz).
     *
     * @param trajectory the source's movement
     * @return options for that trajectory
     * @throws IllegalArgumentException if trajectory is null
     */
    public RenderOptions forTrajectory(Trajectory trajectory) {
        if (trajectory == null) {
            throw new IllegalArgumentException("trajectory is required");
        }
        if (blockSize != DEFAULT_BLOCK_SIZE || !trajectory.isFixedDistance()) {
            return this;
        }
        double degPerLongBlock = trajectory.maxAngularSpeedDegPerS() * LONG_BLOCK_SIZE / sampleRateHz;
        return degPerLongBlock < BinauralStage.MIN_UPDATE_DEG ? withBlockSize(LONG_BLOCK_SIZE) : this;
    }

    /**
     * @param lookup HRIR lookup for binaural renders (null: built-in KEMAR)
     * @return a copy using it
     */
    public RenderOptions withHrirLookup(HrirLookup lookup) {
        return new RenderOptions(sampleRateHz, blockSize, lookup, reverbSeed, propagationDelay, airAbsorption,
                referenceDistanceM);
    }

    /**
     * Uses a measured HRTF set for binaural renders, with the default lookup; the set is resampled
     * once to {@link #sampleRateHz()} here if its rate differs.
     *
     * @param set the set
     * @return a copy using it
     */
    public RenderOptions withHrtfSet(HrtfSet set) {
        return withHrirLookup(HrirSources.lookupFor(set, sampleRateHz));
    }

    /**
     * @param seed reverb noise seed
     * @return a copy with that seed
     */
    public RenderOptions withReverbSeed(long seed) {
        return new RenderOptions(sampleRateHz, blockSize, hrirLookup, seed, propagationDelay, airAbsorption,
                referenceDistanceM);
    }

    /**
     * @param delay whether to apply the propagation delay
     * @param air   whether to apply air absorption
     * @return a copy with those distance effects switched
     */
    public RenderOptions withDistanceEffects(boolean delay, boolean air) {
        return new RenderOptions(sampleRateHz, blockSize, hrirLookup, reverbSeed, delay, air, referenceDistanceM);
    }

    /**
     * @param refM reference distance in metres
     * @return a copy with it
     */
    public RenderOptions withReferenceDistanceM(double refM) {
        return new RenderOptions(sampleRateHz, blockSize, hrirLookup, reverbSeed, propagationDelay, airAbsorption,
                refM);
    }
}
