package dev.earshot.data.scene;

import dev.earshot.data.bank.BankClip;
import dev.earshot.data.bank.SoundBank;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws scenes: 1-3 bank clips with pairwise disjoint labels, a DISSE-style shoebox (floor area uniform
 * in the range, length/width ratio uniform in [1, maxAspect], fixed height, uniform wall absorption
 * {@code alpha = 0.161 V / (S T30)} for a T30 uniform in the range, clipped to [ABS_MIN, ABS_MAX]), a
 * receiver, and per source an azimuth uniform in (-180, 180], an elevation uniform in the configured
 * range and a distance uniform between the minimum and the smaller of the maximum and the free path
 * along that direction (0.1 m short of the walls). A direction with too little free path is redrawn (up
 * to 64 times, then the room is redrawn).
 *
 * <p>Scene {@code i} is drawn from {@link SceneRandom#of(long, long) SceneRandom.of(seed, i)} alone, with
 * separate child streams for the clips, the room, the placement and the tail seed, so it is the same
 * whatever other scenes are drawn and in whatever order. Instances are immutable and thread-safe.
 */
public final class SceneSampler {
    /** Clearance kept between sources and walls, metres. */
    public static final double WALL_CLEARANCE_M = 0.1;
    private static final int DIRECTION_TRIES = 64;
    private static final int ROOM_TRIES = 256;
    private static final int CLIP_TRIES = 64;
    private final long seed;
    private final SceneConfig config;
    private final List<BankClip> clips;

    /**
     * @param seed   dataset seed
     * @param bank   the bank to draw clips from
     * @param config what to draw
     * @throws IllegalArgumentException if the bank (split) has no clips
     */
    public SceneSampler(long seed, SoundBank bank, SceneConfig config) {
        this.seed = seed;
        this.config = config;
        this.clips = config.split() == null ? List.copyOf(bank.clips()) : List.copyOf(bank.clips(config.split()));
        if (clips.isEmpty()) {
            throw new IllegalArgumentException("sound bank has no clips" + (config.split() == null ? ""
                    : " in split '" + config.split() + "'"));
        }
    }

    /**
     * A sampler with {@link SceneConfig#defaults()}.
     *
     * @param seed dataset seed
     * @param bank the bank
     */
    public SceneSampler(long seed, SoundBank bank) {
        this(seed, bank, SceneConfig.defaults());
    }

    /** @return the dataset seed */
    public long seed() {
        return seed;
    }

    /** @return the configuration */
    public SceneConfig config() {
        return config;
    }

    /**
     * Draws scene {@code index}.
     *
     * @param index scene index, at least 0
     * @return the scene (the same for the same seed, bank, configuration and index)
     * @throws IllegalStateException if no room in 256 draws fits the sources (impossible ranges)
     */
    public Scene sample(long index) {
        SceneRandom rng = SceneRandom.of(seed, index);
        List<BankClip> chosen = chooseClips(rng.child("clips"));
        SceneRandom roomRng = rng.child("room");
        SceneRandom placeRng = rng.child("placement");
        long tailSeed = rng.child("tail").nextLong();
        for (int attempt = 0; attempt < ROOM_TRIES; attempt++) {
            SceneRoom room = sampleRoom(roomRng);
            Vec3 receiver = placeReceiver(room.dimensionsM(), placeRng);
            List<SceneSource> sources = new ArrayList<>();
            for (BankClip clip : chosen) {
                SceneSource s = placeSource(clip, room.dimensionsM(), receiver, placeRng);
                if (s == null) {
                    break;
                }
                sources.add(s);
            }
            if (sources.size() == chosen.size()) {
                return new Scene(seed, index, room, receiver, sources, tailSeed);
            }
        }
        throw new IllegalStateException("scene " + index + ": no room of " + ROOM_TRIES + " tried fits sources at "
                + config.distMinM() + " m or more; check the room and distance ranges");
    }

    private List<BankClip> chooseClips(SceneRandom rng) {
        int n = config.minSources() + rng.nextInt(config.maxSources() - config.minSources() + 1);
        List<BankClip> chosen = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int tries = 0; chosen.size() < n && tries < CLIP_TRIES * n; tries++) {
            BankClip c = clips.get(rng.nextInt(clips.size()));
            if (c.labels().stream().noneMatch(used::contains)) {
                chosen.add(c);
                used.addAll(c.labels());
            }
        }
        return chosen;
    }

    private SceneRoom sampleRoom(SceneRandom rng) {
        RoomRanges r = config.rooms();
        double area = rng.uniform(r.areaMinM2(), r.areaMaxM2());
        double aspect = rng.uniform(1, config.maxAspect());
        double t30Ms = rng.uniform(r.t30MinMs(), r.t30MaxMs());
        double lx = Math.sqrt(area * aspect);
        double ly = area / lx;
        double lz = config.roomHeightM();
        double volume = lx * ly * lz;
        double surface = 2 * (lx * ly + lx * lz + ly * lz);
        double alpha = 0.161 * volume / (surface * t30Ms / 1000.0);
        alpha = Math.min(r.absMax(), Math.max(r.absMin(), alpha));
        alpha = Math.min(alpha, 0.999);
        return new SceneRoom(new Vec3(lx, ly, lz), alpha, t30Ms);
    }

    private Vec3 placeReceiver(Vec3 dims, SceneRandom rng) {
        if (config.placement() == ReceiverPlacement.ROOM_CENTRE) {
            return dims.times(0.5);
        }
        double mx = Math.min(0.5, dims.x() / 4);
        double my = Math.min(0.5, dims.y() / 4);
        double zLo = Math.min(1.0, dims.z() / 2);
        double zHi = Math.min(2.0, dims.z() - 0.25);
        return new Vec3(rng.uniform(mx, dims.x() - mx), rng.uniform(my, dims.y() - my),
                rng.uniform(zLo, Math.max(zLo, zHi)));
    }

    private SceneSource placeSource(BankClip clip, Vec3 dims, Vec3 receiver, SceneRandom rng) {
        for (int t = 0; t < DIRECTION_TRIES; t++) {
            Direction dir = new Direction(rng.uniform(-180, 180), rng.uniform(config.elMinDeg(), config.elMaxDeg()));
            double free = freePathM(receiver, dir.unitVector(), dims);
            if (free < config.distMinM()) {
                continue;
            }
            double d = rng.uniform(config.distMinM(), Math.min(config.distMaxM(), free));
            Vec3 pos = receiver.plus(dir.unitVector().times(d));
            return new SceneSource(clip.id(), clip.labels(), dir, d, pos);
        }
        return null;
    }

    /**
     * Distance from a point along a unit direction to the box shrunk by {@link #WALL_CLEARANCE_M}.
     *
     * @param from start point inside the room
     * @param u    unit direction
     * @param dims room dimensions
     * @return the free path in metres (0 if the start is already within the clearance)
     */
    static double freePathM(Vec3 from, Vec3 u, Vec3 dims) {
        double[] p = {from.x(), from.y(), from.z()};
        double[] d = {u.x(), u.y(), u.z()};
        double[] l = {dims.x(), dims.y(), dims.z()};
        double t = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 3; i++) {
            double lo = WALL_CLEARANCE_M;
            double hi = l[i] - WALL_CLEARANCE_M;
            if (d[i] > 1e-12) {
                t = Math.min(t, (hi - p[i]) / d[i]);
            } else if (d[i] < -1e-12) {
                t = Math.min(t, (lo - p[i]) / d[i]);
            }
        }
        return Math.max(0, t);
    }
}
