package dev.earshot.spatial.room;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrtfSet;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.render.effects.ReverbLayout;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A binaural receiver (a head at the receiver position, facing the receiver yaw): two channels, left
 * and right ear.
 *
 * <p>Early part: every image source is filtered by the HRIR pair of its direction of arrival in the
 * receiver frame and placed at its arrival time with the simulator's fractional-delay kernel, scaled
 * by its per-band amplitude (absorption, {@code 1/(4 pi r)}, air). HRIRs come from the set resampled
 * once to the simulation rate (gain-preserving polyphase resampling, {@link HrtfSet#resampled}),
 * through an onset-aligned interpolated lookup ({@link Lookup#INTERPOLATED}, default) or the nearest
 * measurement ({@link Lookup#NEAREST}). With interpolation, the direct sound and first-order
 * reflections use their exact directions and higher orders the cached HRIR of their direction cell
 * ({@code cellDeg} wide, at most {@code cellDeg} off), so a receiver reused over many rooms
 * interpolates each cell once. Tap 0 of an HRIR is placed at the image's arrival time, so the HRIR's
 * own onset delay (the set's measurement geometry) is kept.
 *
 * <p>Late part: two independent decaying noises with the omni diffuse energy and decay of the room
 * ({@link #diffuseMixing()} is the identity) are turned into ear signals with the diffuse-field HRTF
 * power of each ear and the interaural coherence of {@link ReverbLayout.Binaural} (see
 * {@link #shapeDiffuse}); their level is therefore that of the image-source field at the transition
 * heard through the same HRTFs, and the decay is the other receivers'.
 *
 * <p>Direct sound and first-order reflections are placed at their exact (fractional) arrival time with
 * the simulator's fractional-delay kernel; higher orders at the nearest sample (at most half a sample
 * off; see {@link BinauralHrirs}).
 *
 * <p>Thread-safe; the per-rate HRIR state is built on first use and kept. Memory: the time-domain HRIR
 * pair of every direction cell that has been used is kept, {@code 8 T} bytes per cell with T the HRIR
 * length at the rate; with the default 2-degree cells there are about 10,300 cells, so a long job
 * settles at roughly 30 MB at 32 kHz (T = 372) or 45 MB at 48 kHz. {@link #warmCells} fills them all
 * at once.
 */
public final class BinauralReceiver implements RoomReceiver {
    /** How HRIRs are found for a direction. */
    public enum Lookup {
        /** The nearest measured direction (no interpolation). */
        NEAREST,
        /** Onset-aligned barycentric interpolation over the set's triangulation. */
        INTERPOLATED
    }

    /** Default direction cell size for interpolated reflections of order 2 and above, degrees. */
    public static final double DEFAULT_CELL_DEG = 2.0;
    /** Image sources up to this order are looked up at their exact direction. */
    public static final int EXACT_MAX_ORDER = 1;

    private static final class KemarHolder {
        static final BinauralReceiver KEMAR = new BinauralReceiver(HrtfSets.builtinKemar());
    }

    private final HrtfSet set;
    private final Lookup lookup;
    private final double cellDeg;
    private final ReverbLayout.Binaural layout;
    private final ConcurrentHashMap<Integer, BinauralHrirs> hrirsByRate = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, DiffuseEarFilters> earByRate = new ConcurrentHashMap<>();

    /**
     * @param set     the HRTF set (any sample rate; resampled to the simulation rate)
     * @param lookup  nearest or interpolated
     * @param cellDeg direction cell size in degrees for interpolated reflections, in [0.25, 10]
     * @param layout  the late tail's interaural coherence model
     * @throws IllegalArgumentException on a null argument or a cell size out of range
     */
    public BinauralReceiver(HrtfSet set, Lookup lookup, double cellDeg, ReverbLayout.Binaural layout) {
        if (set == null || lookup == null || layout == null) {
            throw new IllegalArgumentException("BinauralReceiver: set, lookup and layout are required");
        }
        if (!(cellDeg >= 0.25 && cellDeg <= 10)) {
            throw new IllegalArgumentException("BinauralReceiver: cellDeg must be in [0.25, 10], got " + cellDeg);
        }
        this.set = set;
        this.lookup = lookup;
        this.cellDeg = cellDeg;
        this.layout = layout;
    }

    /**
     * Interpolated lookup, {@link #DEFAULT_CELL_DEG} cells, the renderer's head coherence model
     * ({@link ReverbLayout.Binaural#HEAD}).
     *
     * @param set the HRTF set
     */
    public BinauralReceiver(HrtfSet set) {
        this(set, Lookup.INTERPOLATED, DEFAULT_CELL_DEG, ReverbLayout.Binaural.HEAD);
    }

    /** @return the shared receiver on the built-in MIT KEMAR set (interpolated, default cells) */
    public static BinauralReceiver kemar() {
        return KemarHolder.KEMAR;
    }

    /** @return 2 (left, right) */
    @Override
    public int channelCount() {
        return 2;
    }

    /** @return the HRIR length at that rate (the set resampled) */
    @Override
    public int filterTaps(int sampleRateHz) {
        return hrirs(sampleRateHz).length();
    }

    /** @return the lookup mode */
    public Lookup lookup() {
        return lookup;
    }

    /**
     * The HRIR pair this receiver uses at a rate for the direct sound from a direction.
     *
     * @param direction    direction in the receiver frame
     * @param sampleRateHz simulation rate in Hz
     * @return the pair at that rate (do not modify its arrays)
     */
    public Hrir hrir(Direction direction, int sampleRateHz) {
        return hrirs(sampleRateHz).exact(direction);
    }

    BinauralHrirs hrirs(int sampleRateHz) {
        return hrirsByRate.computeIfAbsent(sampleRateHz,
                fs -> new BinauralHrirs(set, fs, lookup == Lookup.INTERPOLATED, cellDeg, EXACT_MAX_ORDER));
    }

    /**
     * Builds the HRIR state of a rate and interpolates every direction cell now, as a long job would over
     * its first few thousand responses (the responses do not depend on it: a cell's HRIR is the same
     * whenever it is made). For benchmarks and long-running workers; costs a fraction of a second and
     * the memory stated in the class notes.
     *
     * @param sampleRateHz simulation rate in Hz
     * @return the number of direction cells cached (0 for the nearest lookup, which needs none)
     */
    public int warmCells(int sampleRateHz) {
        earFilters(sampleRateHz);
        return hrirs(sampleRateHz).warmAllCells();
    }

    DiffuseEarFilters earFilters(int sampleRateHz) {
        return earByRate.computeIfAbsent(sampleRateHz, fs -> new DiffuseEarFilters(hrirs(fs), layout));
    }

    /**
     * Places the image's HRIR pair at its arrival time with the fractional-delay kernel, scaled per
     * band (through {@link ArrivalSink#addSamples}; the kernel-HRIR convolution is done by FFT, equal to
     * the time-domain one to rounding).
     */
    @Override
    public void addImage(ImageSource image, ArrivalSink sink) {
        hrirs(sink.sampleRateHz()).place(image, sink);
    }

    /** @return the 2 x 2 identity: one independent omni-level noise per ear, shaped by {@link #shapeDiffuse} */
    @Override
    public double[][] diffuseMixing() {
        return new double[][] {{1, 0}, {0, 1}};
    }

    /**
     * Gives the two independent tails each ear's diffuse-field HRTF magnitude and the interaural
     * coherence of the layout (zero-phase filters), then one gain for both ears so that the tail
     * starts at the level of the binaural image field: the mean over the ears of
     * {@code earlyToOmniEnergy} divided by the mean diffuse-field power gain of the ears. (The omni
     * level alone would overshoot by a few dB: the early pressure response holds a coherent
     * low-frequency build-up that the HRTFs, unlike the white tail noise, mostly do not pass.) Both
     * ears get the same gain, so the tail has no level difference between the ears.
     */
    @Override
    public void shapeDiffuse(double[][] tail, int sampleRateHz, double[] earlyToOmniEnergy) {
        DiffuseEarFilters ear = earFilters(sampleRateHz);
        ear.apply(tail);
        double early = (earlyToOmniEnergy[0] + earlyToOmniEnergy[1]) / 2;
        double diffuse = ear.meanPowerGain();
        if (early > 0 && diffuse > 0 && Double.isFinite(early)) {
            double g = Math.sqrt(early / diffuse);
            for (double[] ch : tail) {
                for (int i = 0; i < ch.length; i++) {
                    ch[i] *= g;
                }
            }
        }
    }
}
