package dev.earshot.spatial.osc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.illposed.osc.OSCMessage;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.Keyframe;
import dev.earshot.spatial.render.RoomAcoustics;
import dev.earshot.spatial.render.SpatialParams;
import java.util.List;
import org.junit.jupiter.api.Test;

class OscPresetTest {
    private static Keyframe at(double az, double el, double dist) {
        return new Keyframe(0, new Direction(az, el), dist);
    }

    private static float arg(OSCMessage m, int i) {
        return (Float) m.getArguments().get(i);
    }

    @Test
    void spatRevolutionNegatesAzimuthBecauseItIsClockwise() {
        List<OSCMessage> m = OscPreset.SPAT_REVOLUTION.messages(3, at(90, 20, 2.5)); // Earshot: left
        assertEquals(List.of("/source/3/azim", "/source/3/elev", "/source/3/dist"),
                m.stream().map(OSCMessage::getAddress).toList());
        assertEquals(-90f, arg(m.get(0), 0));
        assertEquals(20f, arg(m.get(1), 0));
        assertEquals(2.5f, arg(m.get(2), 0));
        assertEquals(30f, arg(OscPreset.SPAT_REVOLUTION.messages(1, at(-30, 0, 1)).get(0), 0)); // right
    }

    @Test
    void behindStaysAt180InBothConventions() {
        assertEquals(180.0, OscPreset.SPAT_REVOLUTION.azimuthOut(180), 0);
        assertEquals(180.0, OscPreset.IEM_STEREO_ENCODER.azimuthOut(180), 0);
    }

    @Test
    void iemKeepsEarshotSignAndHasNoDistance() {
        List<OSCMessage> m = OscPreset.IEM_STEREO_ENCODER.messages(1, at(45, -10, 3));
        assertEquals(2, m.size());
        assertEquals("/StereoEncoder/azimuth", m.get(0).getAddress());
        assertEquals(45f, arg(m.get(0), 0));
        assertEquals("/StereoEncoder/elevation", m.get(1).getAddress());
        assertEquals(-10f, arg(m.get(1), 0));
    }

    @Test
    void iemMultiEncoderUsesZeroBasedIndex() {
        List<OSCMessage> m = OscPreset.IEM_MULTI_ENCODER.messages(1, at(10, 0, 1));
        assertEquals("/MultiEncoder/azimuth0", m.get(0).getAddress());
        assertEquals("/MultiEncoder/elevation0", m.get(1).getAddress());
    }

    @Test
    void earshotPresetSendsAedAndFullParameters() {
        SpatialParams p = SpatialParams.at(-120, 15, 4).withSpreadDeg(40).withGainDb(-3)
                .withReverb(0.25, new RoomAcoustics.Rt60(0.7));
        List<OSCMessage> m = OscPreset.EARSHOT.messages(2, p, 0);
        assertEquals(List.of("/earshot/source/2/aed", "/earshot/source/2/spread", "/earshot/source/2/gain",
                "/earshot/source/2/wet"), m.stream().map(OSCMessage::getAddress).toList());
        assertEquals(List.of(-120f, 15f, 4f), m.get(0).getArguments());
        assertEquals(40f, arg(m.get(1), 0));
        assertEquals(-3f, arg(m.get(2), 0));
        assertEquals(0.25f, arg(m.get(3), 0));
    }

    @Test
    void positionOnlyUpdatesSkipParameterMessages() {
        assertEquals(1, OscPreset.EARSHOT.messages(1, at(0, 0, 1)).size());
    }

    @Test
    void radiansPresetConvertsAngles() {
        OscPreset rad = new OscPreset("rad", List.of(OscMessageTemplate.of("/s/{n}/ae", OscQuantity.AZIMUTH,
                OscQuantity.ELEVATION)), true, OscPreset.AngleUnit.RADIANS);
        OSCMessage m = rad.messages(1, at(90, 45, 1)).get(0);
        assertEquals((float) (-Math.PI / 2), arg(m, 0), 1e-6);
        assertEquals((float) (Math.PI / 4), arg(m, 1), 1e-6);
    }

    @Test
    void presetsAreFoundByName() {
        assertEquals(OscPreset.SPAT_REVOLUTION, OscPreset.named("SPAT-Revolution"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OscPreset.named("reaper"));
        assertEquals(true, e.getMessage().contains("iem-stereoencoder"));
    }

    @Test
    void sourceNumbersAreOneBased() {
        assertThrows(IllegalArgumentException.class, () -> OscPreset.EARSHOT.messages(0, at(0, 0, 1)));
    }
}
