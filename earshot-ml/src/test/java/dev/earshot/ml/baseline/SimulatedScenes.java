package dev.earshot.ml.baseline;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.FftConvolver;
import dev.earshot.ml.perception.LabelledClip;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import dev.earshot.spatial.hrtf.HrirLookup;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.hrtf.InterpolatedHrirLookup;
import dev.earshot.spatial.render.RenderFormat;
import dev.earshot.spatial.render.RenderOptions;
import dev.earshot.spatial.render.Renderer;
import dev.earshot.spatial.render.Renderers;
import dev.earshot.spatial.render.SpatialParams;
import dev.earshot.spatial.room.ReverbFormula;
import dev.earshot.spatial.room.RoomSimulator;
import dev.earshot.spatial.room.RoomSpec;
import dev.earshot.spatial.room.SimulationOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded labelled binaural clips for the baseline's tests and its measurement. */
final class SimulatedScenes {
    static final int FS = 32000;

    private SimulatedScenes() {
    }

    /** Renders a mono signal with Earshot's BinauralRenderer (built-in KEMAR, anechoic) and crops to its length. */
    static AudioBuffer renderAnechoic(float[] mono, int fs, double azimuthDeg, double elevationDeg, double distanceM) {
        Renderer r = Renderers.create(RenderFormat.BINAURAL, RenderOptions.defaults(fs));
        AudioBuffer out = r.render(AudioBuffer.mono(mono, fs), SpatialParams.at(azimuthDeg, elevationDeg, distanceM));
        return new AudioBuffer(new float[][] {Arrays.copyOf(out.channel(0), mono.length),
            Arrays.copyOf(out.channel(1), mono.length)}, fs);
    }

    /** Anechoic clips of the synthetic classes at random horizontal-ish directions, 1 .. 3 m. */
    static List<LabelledClip> anechoic(int count, double seconds, long seed) {
        Random rng = new Random(seed);
        List<LabelledClip> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String cls = SyntheticSounds.CLASSES.get(i % SyntheticSounds.CLASSES.size());
            double az = rng.nextDouble() * 360 - 180;
            double el = rng.nextDouble() * 40 - 20;
            double d = 1 + 2 * rng.nextDouble();
            float[] dry = SyntheticSounds.make(cls, rng, (int) (seconds * FS), FS);
            out.add(new LabelledClip("anechoic-" + i, renderAnechoic(dry, FS, az, el, d), Set.of(cls), az, el, d));
        }
        return out;
    }

    /**
     * Reverberant clips: a random shoebox (4-9 x 3-7 x 2.5-3.5 m, Eyring RT60 0.2-0.8 s, uniform absorption), the
     * listener 1-2 m high facing +x, the source at a random azimuth, elevation -25..35 degrees and distance
     * 0.5 .. 4.5 m inside the room; the binaural room impulse response from the room simulator's hybrid model
     * with KEMAR HRIRs per image source ({@link HrirRoomReceiver}); the dry synthetic sound convolved with it.
     */
    static List<LabelledClip> reverberant(int count, double seconds, long seed) {
        Random rng = new Random(seed);
        HrirLookup hrir = new InterpolatedHrirLookup(HrtfSets.builtinKemar().resampled(FS));
        RoomSimulator sim = new RoomSimulator(SimulationOptions.hybrid(FS));
        HrirRoomReceiver receiver = new HrirRoomReceiver(hrir);
        List<LabelledClip> out = new ArrayList<>();
        int n = (int) (seconds * FS);
        for (int i = 0; i < count; i++) {
            String cls = SyntheticSounds.CLASSES.get(rng.nextInt(SyntheticSounds.CLASSES.size()));
            Vec3 dims = new Vec3(4 + 5 * rng.nextDouble(), 3 + 4 * rng.nextDouble(), 2.5 + rng.nextDouble());
            double rt60 = 0.2 + 0.6 * rng.nextDouble();
            Vec3 listener = new Vec3(1 + (dims.x() - 2) * rng.nextDouble(), 1 + (dims.y() - 2) * rng.nextDouble(),
                    1 + rng.nextDouble());
            double az;
            double el;
            double d;
            Vec3 source;
            do {
                az = rng.nextDouble() * 360 - 180;
                el = rng.nextDouble() * 60 - 25;
                d = 0.5 + 4 * rng.nextDouble();
                source = listener.plus(new Direction(az, el).unitVector().times(d));
            } while (!inside(source, dims, 0.3));
            RoomSpec room = RoomSpec.fromTargetRt60(dims, rt60, ReverbFormula.EYRING, source, listener, 0);
            float[][] brir = sim.simulate(room, receiver, seed * 1000 + i).audio().samples();
            float[] dry = SyntheticSounds.make(cls, rng, n, FS);
            float[][] wet = FftConvolver.convolve(dry, brir);
            AudioBuffer audio = new AudioBuffer(new float[][] {Arrays.copyOf(wet[0], n), Arrays.copyOf(wet[1], n)}, FS);
            out.add(new LabelledClip(String.format("room-%03d", i), audio, Set.of(cls), az, el, d));
        }
        return out;
    }

    private static boolean inside(Vec3 p, Vec3 dims, double margin) {
        return p.x() > margin && p.x() < dims.x() - margin && p.y() > margin && p.y() < dims.y() - margin
                && p.z() > margin && p.z() < dims.z() - margin;
    }
}
