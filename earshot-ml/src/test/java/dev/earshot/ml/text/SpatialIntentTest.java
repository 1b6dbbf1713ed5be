package dev.earshot.ml.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.Keyframe;
import dev.earshot.spatial.render.RoomAcoustics;
import dev.earshot.spatial.render.SpatialParams;
import org.junit.jupiter.api.Test;

class SpatialIntentTest {

    @Test
    void movingIntentBecomesALinearTrajectoryOverTheClip() {
        SpatialIntent s = SpatialIntent.builder().start(90, 0).end(-90, 10).distanceM(4, 1).moving(true)
                .spreadDeg(30).wetMix(0.3).gainDb(-2).room(new RoomAcoustics.Drr(5)).build();
        SpatialParams p = s.toSpatialParams(8.0);
        assertEquals(2, p.trajectory().keyframes().size());
        Keyframe end = p.trajectory().at(8.0);
        assertEquals(-90, end.direction().azimuthDeg(), 1e-9);
        assertEquals(10, end.direction().elevationDeg(), 1e-9);
        assertEquals(1.0, end.distanceM(), 1e-12);
        assertEquals(4.0, p.start().distanceM(), 1e-12);
        assertEquals(30, p.spreadDeg(), 0);
        assertEquals(0.3, p.wetMix(), 0);
        assertEquals(-2, p.gainDb(), 0);
        assertEquals(new RoomAcoustics.Drr(5), p.room());
    }

    @Test
    void staticIntentBecomesAFixedPosition() {
        SpatialParams p = SpatialIntent.builder().direction(45, 20).distanceM(3).build().toSpatialParams(5);
        assertTrue(p.trajectory().isStatic());
        assertEquals(new Direction(45, 20), p.start().direction());
    }

    @Test
    void azimuthIsWrapped() {
        assertEquals(-170, SpatialIntent.builder().direction(190, 0).build().startAzimuthDeg(), 1e-12);
    }

    @Test
    void staticIntentWithDifferentEndIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpatialIntent.builder().start(0, 0).end(90, 0).moving(false).build());
        assertTrue(e.getMessage().contains("moving = false"));
    }

    @Test
    void outOfRangeFieldsNameTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpatialIntent.builder().wetMix(1.5).build());
        assertTrue(e.getMessage().contains("wetMix"));
        e = assertThrows(IllegalArgumentException.class,
                () -> SpatialIntent.builder().confidence(IntentField.GAIN, 2).build());
        assertTrue(e.getMessage().contains("confidence[GAIN]"));
        assertThrows(IllegalArgumentException.class, () -> SpatialIntent.builder().direction(Double.NaN, 0).build());
    }

    @Test
    void nonPositiveClipDurationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> SpatialIntent.builder().build().toSpatialParams(0));
    }

    @Test
    void missingConfidencesReadAsZeroAndMapsAreImmutable() {
        SpatialIntent s = SpatialIntent.builder().confidence(IntentField.AZIMUTH, 0.5).build();
        assertEquals(0.0, s.confidence(IntentField.ROOM), 0);
        assertThrows(UnsupportedOperationException.class, () -> s.confidence().put(IntentField.ROOM, 1.0));
    }

    @Test
    void toBuilderRoundTrips() {
        SpatialIntent s = SpatialIntent.builder().start(10, 5).end(20, 5).moving(true).distanceM(2, 3)
                .evidence(IntentField.AZIMUTH, "left").confidence(IntentField.AZIMUTH, 0.8).build();
        assertEquals(s, s.toBuilder().build());
    }
}
