package dev.earshot.spatial.room;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.earshot.spatial.geom.Vec3;
import org.junit.jupiter.api.Test;

/** {@link RoomSimulator#simulateWithOmni} against two separate simulations. */
class SimulateWithOmniTest {
    private static final int FS = 32000;

    private static RoomSpec room(double rt60S) {
        return RoomSpec.fromTargetRt60(new Vec3(6.3, 4.1, 3), rt60S, ReverbFormula.EYRING, new Vec3(1.3, 1.1, 1.6),
                new Vec3(4.2, 2.9, 1.4), 25);
    }

    @Test
    void broadbandOmniAndReceiverAreBitIdenticalToSeparateSimulations() {
        RoomSimulator sim = new RoomSimulator(SimulationOptions.hybrid(FS));
        for (double rt : new double[] {0.3, 1.1}) {
            ResponsePair p = sim.simulateWithOmni(room(rt), BinauralReceiver.kemar(), 77, new SynthesisProfile());
            float[] omni = sim.simulate(room(rt), new OmniReceiver(), 77).audio().channel(0);
            float[][] ears = sim.simulate(room(rt), BinauralReceiver.kemar(), 77).audio().samples();
            assertArrayEquals(omni, p.omni().audio().channel(0), "omni at RT60 " + rt);
            assertArrayEquals(ears[0], p.receiver().audio().channel(0), "left at RT60 " + rt);
            assertArrayEquals(ears[1], p.receiver().audio().channel(1), "right at RT60 " + rt);
            assertEquals(p.receiver().imageSources(), p.omni().imageSources());
        }
    }

    @Test
    void bandSplitOmniMatchesASeparateSimulationToRounding() {
        RoomSimulator sim = new RoomSimulator(SimulationOptions.hybrid(FS).withAir(AirAbsorption.INDOOR));
        ResponsePair p = sim.simulateWithOmni(room(0.6), BinauralReceiver.kemar(), 5, null);
        float[] omni = sim.simulate(room(0.6), new OmniReceiver(), 5).audio().channel(0);
        float[] got = p.omni().audio().channel(0);
        double peak = 0;
        for (float v : omni) {
            peak = Math.max(peak, Math.abs(v));
        }
        assertEquals(omni.length, got.length);
        for (int i = 0; i < omni.length; i++) {
            assertEquals(omni[i], got[i], 1e-5 * peak, "sample " + i);
        }
    }

    @Test
    void theProfileCountsResponsesAndImagesAndSimulateLeavesNoOmni() {
        RoomSimulator sim = new RoomSimulator(SimulationOptions.hybrid(FS));
        SynthesisProfile prof = new SynthesisProfile();
        RoomImpulseResponse a = sim.simulate(room(0.5), BinauralReceiver.kemar(), 1, prof);
        RoomImpulseResponse b = sim.simulate(room(0.5), BinauralReceiver.kemar(), 1);
        assertArrayEquals(b.audio().channel(0), a.audio().channel(0));
        assertEquals(1, prof.responses());
        assertEquals(a.imageSources().size(), prof.imageSources());
        assertEquals(prof.totalNs(), prof.imageSourcesNs() + prof.hrirLookupNs() + prof.earlyPlacementNs()
                + prof.tailNs());
        assertNull(new ResponsePair(a, null).omni());
    }
}
