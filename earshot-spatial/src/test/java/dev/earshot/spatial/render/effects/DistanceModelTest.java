package dev.earshot.spatial.render.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.Trajectory;
import org.junit.jupiter.api.Test;

class DistanceModelTest {
    private final DistanceModel model = DistanceModel.DEFAULT;

    @Test
    void gainIsOneAtReferenceDistance() {
        assertEquals(1.0, model.gain(1.0), 1e-15);
    }

    @Test
    void gainFollowsInverseDistance() {
        assertEquals(0.5, model.gain(2.0), 1e-15);
        assertEquals(0.1, model.gain(10.0), 1e-15);
        assertEquals(-6.0206, 20 * Math.log10(model.gain(4.0) / model.gain(2.0)), 1e-4);
    }

    @Test
    void gainIsClampedBelowMinimumDistance() {
        assertEquals(4.0, model.gain(0.25), 1e-15);
        assertEquals(4.0, model.gain(0.01), 1e-15);
        assertEquals(4.0, model.gain(0.0), 1e-15);
    }

    @Test
    void rolloffZeroDisablesAttenuation() {
        DistanceModel flat = new DistanceModel(1, 0, 0.25, 343, Atmosphere.STANDARD);
        assertEquals(1.0, flat.gain(100), 0);
    }

    @Test
    void delayIsDistanceOverSpeedOfSound() {
        assertEquals(10 / 343.0, model.delayS(10), 1e-15);
        assertEquals(3.43 / 343.0 * 48000, model.delaySamples(3.43, 48000), 1e-9);
    }

    @Test
    void airAbsorptionIsCoefficientTimesDistance() {
        assertEquals(IsoAirAbsorption.coefficientDbPerM(4000, Atmosphere.STANDARD) * 250,
                model.airAbsorptionDb(4000, 250), 1e-12);
    }

    @Test
    void retardedDelayMatchesClosedFormForRecedingSource() {
        // d(t) = 10 + 20 t  =>  tau(t_r) = (d0 + v t_r) / (c + v) while t_r - tau stays inside the move.
        Trajectory t = Trajectory.linear(Direction.FRONT, 10, Direction.FRONT, 110, 5);
        double tr = 1.0;
        assertEquals((10 + 20 * tr) / (343 + 20), model.retardedDelayS(t, tr), 1e-12);
    }

    @Test
    void retardedDelayOfStaticSourceIsPlainDelay() {
        Trajectory t = Trajectory.fixed(Direction.FRONT, 34.3);
        assertEquals(0.1, model.retardedDelayS(t, 2.0), 1e-15);
    }

    @Test
    void rejectsNegativeDistance() {
        assertThrows(IllegalArgumentException.class, () -> model.gain(-1));
    }

    @Test
    void rejectsImplausibleSpeedOfSound() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DistanceModel(1, 1, 0.25, 34.3, Atmosphere.STANDARD));
        assertEquals(true, e.getMessage().contains("speedOfSoundMps"));
    }
}
