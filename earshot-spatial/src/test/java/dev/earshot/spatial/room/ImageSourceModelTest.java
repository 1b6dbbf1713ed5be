package dev.earshot.spatial.room;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.spatial.geom.Vec3;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageSourceModelTest {
    private static final double C = RoomSpec.SPEED_OF_SOUND_MPS;
    private static final Vec3 DIMS = new Vec3(6, 4.5, 3);
    private static final Vec3 SRC = new Vec3(1.3, 1.1, 1.7);
    private static final Vec3 RCV = new Vec3(4.2, 3.0, 1.2);

    private static RoomSpec room(double alpha, double yawDeg) {
        return new RoomSpec(DIMS, WallAbsorption.uniform(alpha), SRC, RCV, yawDeg);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 5, 8})
    void rigidRoomHasExactImageCount(int order) {
        // images of order exactly k in a 3-D shoebox: 4k^2 + 2 (k >= 1), one of order 0
        long expected = 1;
        for (int k = 1; k <= order; k++) {
            expected += 4L * k * k + 2;
        }
        assertEquals(expected, ImageSourceModel.ofOrder(order).imageSources(room(0, 0)).size());
    }

    @Test
    void imagesMatchRecursiveMirroringUpToOrderThree() {
        // independent construction: mirror the source in walls, never the same wall twice in a row
        Set<String> expected = new HashSet<>();
        mirror(SRC, -1, 3, expected);
        Set<String> got = new HashSet<>();
        for (ImageSource s : ImageSourceModel.ofOrder(3).imageSources(room(0.3, 0))) {
            got.add(key(s.positionM()));
        }
        assertEquals(expected, got);
    }

    private static void mirror(Vec3 p, int lastWall, int depth, Set<String> out) {
        out.add(key(p));
        if (depth == 0) {
            return;
        }
        double[] c = {p.x(), p.y(), p.z()};
        double[] d = {DIMS.x(), DIMS.y(), DIMS.z()};
        for (int w = 0; w < 6; w++) {
            if (w == lastWall) {
                continue;
            }
            double[] m = c.clone();
            int axis = w / 2;
            m[axis] = (w % 2 == 0) ? -c[axis] : 2 * d[axis] - c[axis];
            mirror(new Vec3(m[0], m[1], m[2]), w, depth - 1, out);
        }
    }

    private static String key(Vec3 p) {
        return Math.round(p.x() * 1e6) + "," + Math.round(p.y() * 1e6) + "," + Math.round(p.z() * 1e6);
    }

    @Test
    void directPathHasDistanceDelayAndSphericalSpreading() {
        ImageSource direct = ImageSourceModel.ofOrder(0).imageSources(room(0.3, 0)).get(0);
        double d = SRC.minus(RCV).norm();
        assertEquals(0, direct.order());
        assertEquals(d, direct.distanceM(), 1e-12);
        assertEquals(d / C, direct.delayS(), 1e-15);
        assertEquals(1 / (4 * Math.PI * d), direct.amplitude(3), 1e-15);
    }

    @Test
    void floorReflectionArrivesFromTheMirrorImage() {
        Map<Wall, double[]> a = new EnumMap<>(Wall.class);
        for (Wall w : Wall.values()) {
            a.put(w, new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1});
        }
        a.put(Wall.FLOOR, new double[] {0.02, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8});
        RoomSpec r = new RoomSpec(DIMS, WallAbsorption.perBand(a), SRC, RCV, 0);
        ImageSource floor = ImageSourceModel.ofOrder(1).imageSources(r).stream()
                .filter(s -> s.hits(Wall.FLOOR) == 1).findFirst().orElseThrow();
        double dx = SRC.x() - RCV.x();
        double dy = SRC.y() - RCV.y();
        double dz = -SRC.z() - RCV.z();
        double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        assertEquals(d / C, floor.delayS(), 1e-15);
        double[] alpha = a.get(Wall.FLOOR);
        for (int b = 0; b < 7; b++) {
            assertEquals(Math.sqrt(1 - alpha[b]) / (4 * Math.PI * d), floor.amplitude(b), 1e-15);
        }
        assertEquals(Math.toDegrees(Math.asin(dz / d)), floor.arrival().elevationDeg(), 1e-9);
        assertEquals(Math.toDegrees(Math.atan2(dy, dx)), floor.arrival().azimuthDeg(), 1e-9);
    }

    @Test
    void arrivalDirectionFollowsReceiverYaw() {
        Vec3 src = new Vec3(3, 3.5, 1.5);
        Vec3 rcv = new Vec3(3, 1.5, 1.5); // source straight along +y (room left)
        RoomSpec facingX = new RoomSpec(DIMS, WallAbsorption.uniform(0.3), src, rcv, 0);
        RoomSpec facingY = facingX.withReceiver(rcv, 90);
        RoomSpec facingMinusY = facingX.withReceiver(rcv, -90);
        assertEquals(90, ImageSourceModel.ofOrder(0).imageSources(facingX).get(0).arrival().azimuthDeg(), 1e-9);
        assertEquals(0, ImageSourceModel.ofOrder(0).imageSources(facingY).get(0).arrival().azimuthDeg(), 1e-9);
        assertEquals(180, ImageSourceModel.ofOrder(0).imageSources(facingMinusY).get(0).arrival().azimuthDeg(), 1e-9);
    }

    @Test
    void timeBoundKeepsExactlyTheImagesArrivingInTime() {
        double maxT = 0.06;
        List<ImageSource> byTime = ImageSourceModel.ofTime(maxT).imageSources(room(0.2, 0));
        List<String> expected = new ArrayList<>();
        for (ImageSource s : ImageSourceModel.ofOrder(40).imageSources(room(0.2, 0))) {
            if (s.delayS() <= maxT) {
                expected.add(key(s.positionM()));
            }
        }
        List<String> got = byTime.stream().map(s -> key(s.positionM())).toList();
        assertEquals(new HashSet<>(expected), new HashSet<>(got));
        assertEquals(expected.size(), got.size());
    }

    @Test
    void imagesAreSortedByArrival() {
        List<ImageSource> l = ImageSourceModel.ofOrder(4).imageSources(room(0.2, 30));
        for (int i = 1; i < l.size(); i++) {
            assertTrue(l.get(i).delayS() >= l.get(i - 1).delayS());
        }
    }

    @Test
    void airAbsorptionAttenuatesByHalfTheEnergyCoefficient() {
        ImageSourceModel m = new ImageSourceModel(0, Double.POSITIVE_INFINITY, AirAbsorption.INDOOR);
        ImageSource direct = m.imageSources(room(0.3, 0)).get(0);
        double d = direct.distanceM();
        for (int b = 0; b < 7; b++) {
            double mm = AirAbsorption.INDOOR.energyCoefficientPerM(OctaveBands.centerHz(b));
            assertEquals(Math.exp(-mm * d / 2) / (4 * Math.PI * d), direct.amplitude(b), 1e-15);
        }
    }
}
