package dev.earshot.spatial.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.spatial.geom.Vec3;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoomSpecTest {
    private static final Vec3 DIMS = new Vec3(5, 4, 3);
    private static final Vec3 SRC = new Vec3(1, 1, 1.5);
    private static final Vec3 RCV = new Vec3(3.5, 2.5, 1.2);

    @Test
    void sabineMatchesHandCalculation() {
        RoomSpec room = new RoomSpec(DIMS, WallAbsorption.uniform(0.2), SRC, RCV, 0);
        // V = 60, S = 94, A = 18.8 -> T = 0.161 * 60 / 18.8
        assertEquals(0.161 * 60 / 18.8, room.sabineRt60S(), 1e-12);
    }

    @Test
    void eyringMatchesHandCalculation() {
        RoomSpec room = new RoomSpec(DIMS, WallAbsorption.uniform(0.2), SRC, RCV, 0);
        assertEquals(0.161 * 60 / (-94 * Math.log(0.8)), room.eyringRt60S(), 1e-12);
    }

    @Test
    void sabineUsesAreaWeightedWallAbsorption() {
        Map<Wall, Double> a = new EnumMap<>(Wall.class);
        for (Wall w : Wall.values()) {
            a.put(w, 0.1);
        }
        a.put(Wall.FLOOR, 0.5);
        RoomSpec room = new RoomSpec(DIMS, WallAbsorption.broadband(a), SRC, RCV, 0);
        double area = 0.1 * (94 - 20) + 0.5 * 20;
        assertEquals(0.161 * 60 / area, room.sabineRt60S(), 1e-12);
    }

    @Test
    void airTermAddsFourMV() {
        RoomSpec room = new RoomSpec(DIMS, WallAbsorption.uniform(0.2), SRC, RCV, 0);
        double m = AirAbsorption.INDOOR.energyCoefficientPerM(8000);
        assertEquals(0.161 * 60 / (18.8 + 4 * m * 60), room.sabineRt60S(6, AirAbsorption.INDOOR), 1e-12);
        assertEquals(0.161 * 60 / (-94 * Math.log(0.8) + 4 * m * 60), room.eyringRt60S(6, AirAbsorption.INDOOR), 1e-12);
    }

    @Test
    void inverseSabineGivesTargetRt60() {
        RoomSpec room = RoomSpec.fromTargetRt60(DIMS, 0.7, ReverbFormula.SABINE, SRC, RCV, 0);
        assertEquals(0.7, room.sabineRt60S(), 1e-12);
    }

    @Test
    void inverseEyringGivesTargetRt60() {
        RoomSpec room = RoomSpec.fromTargetRt60(DIMS, 0.3, ReverbFormula.EYRING, SRC, RCV, 0);
        assertEquals(0.3, room.eyringRt60S(), 1e-12);
    }

    @Test
    void impossiblyShortRt60IsRejected() {
        assertThrows(IllegalArgumentException.class, () -> RoomSpec.uniformAlphaFor(DIMS, 0.05, ReverbFormula.SABINE));
    }

    @Test
    void sourceOutsideMarginIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RoomSpec(DIMS, WallAbsorption.uniform(0.2), new Vec3(1, 1, 2.99), RCV, 0));
        assertTrue(e.getMessage().contains("sourceM"), e.getMessage());
    }

    @Test
    void tooSmallDimensionIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new RoomSpec(new Vec3(0.5, 4, 3), WallAbsorption.uniform(0.2), new Vec3(0.2, 1, 1), RCV, 0));
    }

    @Test
    void absorptionAboveOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> WallAbsorption.uniform(1.0001));
    }

    @Test
    void yawNinetyTurnsRoomLeftIntoReceiverFront() {
        RoomSpec room = new RoomSpec(DIMS, WallAbsorption.uniform(0.2), SRC, RCV, 90);
        Vec3 v = room.toReceiverFrame(new Vec3(0, 1, 0));
        assertEquals(1, v.x(), 1e-12);
        assertEquals(0, v.y(), 1e-12);
        Vec3 w = room.toReceiverFrame(new Vec3(1, 0, 0));
        assertEquals(-1, w.y(), 1e-12); // room front is now to the right
    }
}
