package dev.earshot.data.testing;

import dev.earshot.data.job.JobSpec;
import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.scene.RoomRanges;
import dev.earshot.data.scene.SceneConfig;
import dev.earshot.data.spatialize.ReceiverKind;
import dev.earshot.data.spatialize.SpatializerOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Small, fast job settings and folder comparison for tests. */
public final class TestJobs {
    private TestJobs() {
    }

    /** Small dry rooms (15-30 m^2, T30 150-250 ms) so simulations stay short. */
    public static final RoomRanges SMALL_ROOMS =
            new RoomRanges("TEST", 15, 30, -30, 30, 0.5, 4, 150, 250, 0.05, 0.95);

    /**
     * @param seed      seed
     * @param count     scenes
     * @param shardSize shard size
     * @param kind      receiver
     * @param fs        sample rate
     * @param placement receiver placement
     * @param maxSources most sources per scene
     * @return a quick job spec (0.5 s clips)
     */
    public static JobSpec spec(long seed, long count, int shardSize, ReceiverKind kind, int fs,
                               ReceiverPlacement placement, int maxSources) {
        SceneConfig c = new SceneConfig(1, maxSources, 0.5, 10, -30, 30, SMALL_ROOMS, 3.0, 2.5, placement, null);
        return new JobSpec(seed, count, shardSize, c, new SpatializerOptions(kind, fs, 0.5, -14), "train");
    }

    /**
     * @param dir a folder
     * @return relative path -> bytes of every regular file
     * @throws IOException if reading fails
     */
    public static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
