package dev.earshot.spatial.room;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class ImageSourceProperties {

    @Property(tries = 60)
    void everyImageIsConsistentWithItsGeometry(@ForAll @DoubleRange(min = 2, max = 12) double lx,
                                               @ForAll @DoubleRange(min = 2, max = 9) double ly,
                                               @ForAll @DoubleRange(min = 2, max = 5) double lz,
                                               @ForAll @DoubleRange(min = 0.1, max = 0.9) double fs,
                                               @ForAll @DoubleRange(min = 0.1, max = 0.9) double fr,
                                               @ForAll @DoubleRange(min = -180, max = 180) double yawDeg,
                                               @ForAll @DoubleRange(min = 0, max = 0.9) double alpha) {
        Vec3 src = new Vec3(lx * fs, ly * (1 - fs), lz * fr);
        Vec3 rcv = new Vec3(lx * fr, ly * fr, lz * (1 - fs));
        if (src.minus(rcv).norm() < 0.01) {
            return;
        }
        RoomSpec room = new RoomSpec(new Vec3(lx, ly, lz), WallAbsorption.uniform(alpha), src, rcv, yawDeg);
        for (ImageSource s : ImageSourceModel.ofOrder(3).imageSources(room)) {
            Vec3 fromReceiver = s.positionM().minus(rcv);
            assertEquals(fromReceiver.norm(), s.distanceM(), 1e-9);
            assertEquals(s.distanceM() / RoomSpec.SPEED_OF_SOUND_MPS, s.delayS(), 1e-12);
            int hits = 0;
            for (Wall w : Wall.values()) {
                hits += s.hits(w);
            }
            assertEquals(s.order(), hits);
            double expectedAmp = Math.pow(1 - alpha, s.order() / 2.0) / (4 * Math.PI * s.distanceM());
            assertEquals(expectedAmp, s.amplitude(0), 1e-12 * (1 + expectedAmp));
            Direction expected = Direction.of(room.toReceiverFrame(fromReceiver));
            assertEquals(0, expected.angleToDeg(s.arrival()), 1e-5); // acos resolution near 0
        }
    }
}
