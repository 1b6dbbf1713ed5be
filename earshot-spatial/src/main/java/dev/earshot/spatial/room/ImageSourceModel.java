package dev.earshot.spatial.room;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The image-source method for shoebox rooms (Allen and Berkley 1979): every reflection path is an
 * image of the source mirrored in the walls; an image with indices {@code (n, q)} per axis sits at
 * {@code (1 - 2q) s + 2 n L} and has reflected {@code |n - q|} times on the wall at 0 and {@code |n|}
 * times on the wall at L. Enumeration is exhaustive and deterministic; the result is sorted by arrival
 * time (ties kept in enumeration order).
 *
 * @param maxOrder   the largest total reflection order kept, or -1 for no order limit
 * @param maxTimeS   the latest arrival time kept in seconds (positive; may be infinite when
 *                   {@code maxOrder >= 0})
 * @param air        air absorption applied per band as {@code exp(-m r / 2)}, or null for none
 */
public record ImageSourceModel(int maxOrder, double maxTimeS, AirAbsorption air) {

    /** @throws IllegalArgumentException if neither an order nor a finite time bounds the enumeration */
    public ImageSourceModel {
        if (maxOrder < -1) {
            throw new IllegalArgumentException("maxOrder must be >= 0, or -1 for unlimited, got " + maxOrder);
        }
        if (!(maxTimeS > 0)) {
            throw new IllegalArgumentException("maxTimeS must be positive, got " + maxTimeS);
        }
        if (maxOrder < 0 && Double.isInfinite(maxTimeS)) {
            throw new IllegalArgumentException("an unlimited order needs a finite maxTimeS");
        }
    }

    /**
     * @param maxOrder largest reflection order, at least 0
     * @return a model bounded by order only, without air absorption
     */
    public static ImageSourceModel ofOrder(int maxOrder) {
        return new ImageSourceModel(maxOrder, Double.POSITIVE_INFINITY, null);
    }

    /**
     * @param maxTimeS latest arrival time in seconds
     * @return a model bounded by time only, without air absorption
     */
    public static ImageSourceModel ofTime(double maxTimeS) {
        return new ImageSourceModel(-1, maxTimeS, null);
    }

    /**
     * Enumerates the image sources of a room.
     *
     * @param room the room, source and receiver
     * @return the image sources (direct sound included), sorted by arrival time
     */
    public List<ImageSource> imageSources(RoomSpec room) {
        double c = RoomSpec.SPEED_OF_SOUND_MPS;
        double maxDist = maxTimeS * c;
        double[] dims = {room.dimensionsM().x(), room.dimensionsM().y(), room.dimensionsM().z()};
        double[] src = {room.sourceM().x(), room.sourceM().y(), room.sourceM().z()};
        double[] rcv = {room.receiverM().x(), room.receiverM().y(), room.receiverM().z()};
        List<int[]>[] axes = axisImages(dims, src, rcv, maxDist);
        double[][][] axisGain = new double[3][][];
        for (int a = 0; a < 3; a++) {
            axisGain[a] = reflectionProducts(room.absorption(), a, axes[a]);
        }
        double[] airM = new double[OctaveBands.COUNT];
        if (air != null) {
            for (int b = 0; b < OctaveBands.COUNT; b++) {
                airM[b] = air.energyCoefficientPerM(OctaveBands.centerHz(b));
            }
        }
        int limit = maxOrder < 0 ? Integer.MAX_VALUE : maxOrder;
        double yaw = Math.toRadians(room.receiverYawDeg());
        double cosYaw = Math.cos(yaw);
        double sinYaw = Math.sin(yaw);
        double maxDist2 = maxDist * maxDist;
        List<ImageSource> out = new ArrayList<>();
        for (int ax = 0; ax < axes[0].size(); ax++) {
            int[] ix = axes[0].get(ax);
            double dx = coordinate(ix, dims[0], src[0]) - rcv[0];
            int ox = ix[2] + ix[3];
            if (ox > limit || dx * dx > maxDist2) {
                continue;
            }
            for (int ay = 0; ay < axes[1].size(); ay++) {
                int[] iy = axes[1].get(ay);
                double dy = coordinate(iy, dims[1], src[1]) - rcv[1];
                int oy = ox + iy[2] + iy[3];
                if (oy > limit || dx * dx + dy * dy > maxDist2) {
                    continue;
                }
                for (int az = 0; az < axes[2].size(); az++) {
                    int[] iz = axes[2].get(az);
                    double dz = coordinate(iz, dims[2], src[2]) - rcv[2];
                    int order = oy + iz[2] + iz[3];
                    double d2 = dx * dx + dy * dy + dz * dz;
                    if (order > limit || d2 > maxDist2) {
                        continue;
                    }
                    int[] hits = {ix[2], ix[3], iy[2], iy[3], iz[2], iz[3]};
                    out.add(build(room.receiverM(), cosYaw, sinYaw, order, hits, dx, dy, dz, axisGain[0][ax],
                            axisGain[1][ay], axisGain[2][az], airM, c));
                }
            }
        }
        out.sort(Comparator.comparingDouble(ImageSource::delayS));
        return out;
    }

    /** Per axis entry and band: beta_near^hitsNear * beta_far^hitsFar. */
    private static double[][] reflectionProducts(WallAbsorption abs, int axis, List<int[]> entries) {
        Wall near = Wall.of(axis, false);
        Wall far = Wall.of(axis, true);
        double[][] g = new double[entries.size()][OctaveBands.COUNT];
        for (int i = 0; i < g.length; i++) {
            int[] e = entries.get(i);
            for (int b = 0; b < OctaveBands.COUNT; b++) {
                g[i][b] = Math.pow(abs.reflection(near, b), e[2]) * Math.pow(abs.reflection(far, b), e[3]);
            }
        }
        return g;
    }

    private static ImageSource build(Vec3 receiver, double cosYaw, double sinYaw, int order, int[] hits, double dx,
                                     double dy, double dz, double[] gx, double[] gy, double[] gz, double[] airM,
                                     double c) {
        double dist = Math.sqrt(dx * dx + dy * dy + dz * dz);
        double[] amp = new double[OctaveBands.COUNT];
        double spreading = 1 / (4 * Math.PI * dist);
        for (int b = 0; b < OctaveBands.COUNT; b++) {
            double g = spreading * gx[b] * gy[b] * gz[b];
            if (airM[b] > 0) {
                g *= Math.exp(-airM[b] * dist / 2);
            }
            amp[b] = g;
        }
        // rotation by minus the yaw, as RoomSpec.toReceiverFrame
        double rx = cosYaw * dx + sinYaw * dy;
        double ry = -sinYaw * dx + cosYaw * dy;
        Vec3 rel = new Vec3(rx, ry, dz);
        Vec3 pos = new Vec3(receiver.x() + dx, receiver.y() + dy, receiver.z() + dz);
        double horiz = Math.sqrt(rx * rx + ry * ry);
        double az = horiz < 1e-12 * dist ? 0 : Math.toDegrees(Math.atan2(ry, rx));
        double el = Math.toDegrees(Math.atan2(dz, horiz));
        return new ImageSource(order, hits, pos, rel, dist, dist / c, amp, new Direction(az, el));
    }

    /** Image coordinate (1 - 2q) s + 2 n L for the entry {n, q, hitsAt0, hitsAtL}. */
    private static double coordinate(int[] e, double len, double s) {
        return (1 - 2 * e[1]) * s + 2 * e[0] * len;
    }

    /** Per axis, every (n, q) whose 1-D distance and order may pass: entries {n, q, |n - q|, |n|}. */
    @SuppressWarnings("unchecked")
    private List<int[]>[] axisImages(double[] dims, double[] src, double[] rcv, double maxDist) {
        List<int[]>[] lists = new List[3];
        for (int a = 0; a < 3; a++) {
            long byDist = Double.isInfinite(maxDist) ? Long.MAX_VALUE : (long) Math.ceil(maxDist / (2 * dims[a])) + 1;
            long byOrder = maxOrder < 0 ? Long.MAX_VALUE : maxOrder / 2 + 1;
            int nMax = (int) Math.min(Math.min(byDist, byOrder), 1_000_000);
            List<int[]> l = new ArrayList<>();
            for (int n = -nMax; n <= nMax; n++) {
                for (int q = 0; q <= 1; q++) {
                    int[] e = {n, q, Math.abs(n - q), Math.abs(n)};
                    double d = coordinate(e, dims[a], src[a]) - rcv[a];
                    if (Math.abs(d) <= maxDist && (maxOrder < 0 || e[2] + e[3] <= maxOrder)) {
                        l.add(e);
                    }
                }
            }
            lists[a] = l;
        }
        return lists;
    }
}
