package dev.earshot.data.scene;

/**
 * What {@link SceneSampler} draws from.
 *
 * @param minSources     fewest sources per scene, 1..3
 * @param maxSources     most sources per scene, minSources..3
 * @param distMinM       shortest source distance in metres (Spatial-AST's 21 classes cover 0..10 m)
 * @param distMaxM       longest source distance in metres
 * @param elMinDeg       lowest source elevation, degrees
 * @param elMaxDeg       highest source elevation, degrees
 * @param rooms          floor-area, T30 and absorption ranges (DISSE {@code spatial_ranges.yml})
 * @param roomHeightM    room height in metres (DISSE: 3.0)
 * @param maxAspect      largest ratio of room length to width (DISSE: 2.5), at least 1
 * @param placement      receiver placement
 * @param split          bank split the clips come from (e.g. "train"), or null for every clip
 */
public record SceneConfig(int minSources, int maxSources, double distMinM, double distMaxM, double elMinDeg,
                          double elMaxDeg, RoomRanges rooms, double roomHeightM, double maxAspect,
                          ReceiverPlacement placement, String split) {

    /** @throws IllegalArgumentException if a value is out of range (the message names the field) */
    public SceneConfig {
        if (minSources < 1 || maxSources > 3 || minSources > maxSources) {
            throw new IllegalArgumentException("need 1 <= minSources <= maxSources <= 3, got " + minSources
                    + ", " + maxSources);
        }
        if (!(distMinM >= 0.1 && distMaxM >= distMinM && distMaxM <= 100)) {
            throw new IllegalArgumentException("need 0.1 <= distMinM <= distMaxM <= 100, got " + distMinM + ", "
                    + distMaxM);
        }
        if (!(elMinDeg >= -90 && elMaxDeg <= 90 && elMinDeg <= elMaxDeg)) {
            throw new IllegalArgumentException("need -90 <= elMinDeg <= elMaxDeg <= 90, got " + elMinDeg + ", "
                    + elMaxDeg);
        }
        if (rooms == null || placement == null) {
            throw new IllegalArgumentException("rooms and placement must not be null");
        }
        if (!(roomHeightM >= 1 && roomHeightM <= 50)) {
            throw new IllegalArgumentException("roomHeightM must be in [1, 50], got " + roomHeightM);
        }
        if (!(maxAspect >= 1 && maxAspect <= 10)) {
            throw new IllegalArgumentException("maxAspect must be in [1, 10], got " + maxAspect);
        }
    }

    /**
     * The default: 1-3 sources at 0.5-10 m (all 21 Spatial-AST distance classes), elevations, floor
     * areas and T30 from DISSE's TRAINVAL ranges, 3 m high rooms of aspect 1-2.5, random receiver, all
     * clips.
     *
     * @return the configuration
     */
    public static SceneConfig defaults() {
        RoomRanges r = RoomRanges.disse("TRAINVAL");
        return new SceneConfig(1, 3, 0.5, 10.0, r.elMinDeg(), r.elMaxDeg(), r, 3.0, 2.5, ReceiverPlacement.RANDOM,
                null);
    }

    /**
     * @param min fewest sources
     * @param max most sources
     * @return a copy with another source count range
     */
    public SceneConfig withSources(int min, int max) {
        return new SceneConfig(min, max, distMinM, distMaxM, elMinDeg, elMaxDeg, rooms, roomHeightM, maxAspect,
                placement, split);
    }

    /**
     * @param newRooms room ranges
     * @return a copy with other room ranges
     */
    public SceneConfig withRooms(RoomRanges newRooms) {
        return new SceneConfig(minSources, maxSources, distMinM, distMaxM, elMinDeg, elMaxDeg, newRooms, roomHeightM,
                maxAspect, placement, split);
    }

    /**
     * @param min shortest distance, metres
     * @param max longest distance, metres
     * @return a copy with another distance range
     */
    public SceneConfig withDistances(double min, double max) {
        return new SceneConfig(minSources, maxSources, min, max, elMinDeg, elMaxDeg, rooms, roomHeightM, maxAspect,
                placement, split);
    }

    /**
     * @param newPlacement receiver placement
     * @return a copy with that placement
     */
    public SceneConfig withPlacement(ReceiverPlacement newPlacement) {
        return new SceneConfig(minSources, maxSources, distMinM, distMaxM, elMinDeg, elMaxDeg, rooms, roomHeightM,
                maxAspect, newPlacement, split);
    }

    /**
     * @param newSplit bank split, or null for all clips
     * @return a copy drawing from that split
     */
    public SceneConfig withSplit(String newSplit) {
        return new SceneConfig(minSources, maxSources, distMinM, distMaxM, elMinDeg, elMaxDeg, rooms, roomHeightM,
                maxAspect, placement, newSplit);
    }
}
