package dev.earshot.data.scene;

import dev.earshot.spatial.geom.Vec3;
import dev.earshot.spatial.room.RoomSpec;
import dev.earshot.spatial.room.WallAbsorption;

import java.util.List;

/**
 * One sampled scene: everything needed to regenerate its audio given the same bank and spatializer
 * options. The receiver has yaw 0, so room axes and the listener frame coincide.
 *
 * @param seed      dataset seed
 * @param index     scene index within the dataset
 * @param room      the room
 * @param receiverM receiver position in room coordinates
 * @param sources   1-3 sources
 * @param tailSeed  seed of the diffuse-tail noise of the room simulator
 */
public record Scene(long seed, long index, SceneRoom room, Vec3 receiverM, List<SceneSource> sources, long tailSeed) {
    /** Copies the sources. @throws IllegalArgumentException on nulls or a source count outside 1..3 */
    public Scene {
        if (room == null || receiverM == null || sources == null || sources.isEmpty() || sources.size() > 3) {
            throw new IllegalArgumentException("scene " + index + ": need a room, a receiver and 1-3 sources");
        }
        sources = List.copyOf(sources);
    }

    /** @return a stable name, {@code scene-<index>} zero-padded to 7 digits */
    public String name() {
        return String.format("scene-%07d", index);
    }

    /**
     * @param source source index in {@link #sources()}
     * @return the room with that source and the receiver (yaw 0)
     */
    public RoomSpec roomSpec(int source) {
        return new RoomSpec(room.dimensionsM(), WallAbsorption.uniform(room.alpha()), sources.get(source).positionM(),
                receiverM, 0);
    }
}
