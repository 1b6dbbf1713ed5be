package dev.earshot.spatial.render;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A source's path over time as keyframes; between keyframes the direction moves along the great
 * circle (spherical linear interpolation) and the distance linearly. Before the first keyframe and
 * after the last the source stays put.
 *
 * @param keyframes at least one keyframe, sorted by time, times strictly increasing
 */
public record Trajectory(List<Keyframe> keyframes) {
    /** @throws IllegalArgumentException if empty or times are not strictly increasing */
    public Trajectory {
        if (keyframes == null || keyframes.isEmpty()) {
            throw new IllegalArgumentException("a trajectory needs at least one keyframe");
        }
        List<Keyframe> sorted = new ArrayList<>(keyframes);
        sorted.sort(Comparator.comparingDouble(Keyframe::timeS));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).timeS() <= sorted.get(i - 1).timeS()) {
                throw new IllegalArgumentException("keyframe times must be distinct, got "
                        + sorted.get(i).timeS() + " twice");
            }
        }
        keyframes = List.copyOf(sorted);
    }

    /**
     * A source that does not move.
     *
     * @param direction its direction
     * @param distanceM its distance in metres
     * @return a one-keyframe trajectory
     */
    public static Trajectory fixed(Direction direction, double distanceM) {
        return new Trajectory(List.of(new Keyframe(0, direction, distanceM)));
    }

    /**
     * A source moving from one place to another over a duration.
     *
     * @param from      start direction
     * @param fromDistM start distance in metres
     * @param to        end direction
     * @param toDistM   end distance in metres
     * @param durationS time of the move in seconds, positive
     * @return a two-keyframe trajectory
     */
    public static Trajectory linear(Direction from, double fromDistM, Direction to, double toDistM, double durationS) {
        if (!(durationS > 0)) {
            throw new IllegalArgumentException("durationS must be positive, got " + durationS);
        }
        return new Trajectory(List.of(new Keyframe(0, from, fromDistM), new Keyframe(durationS, to, toDistM)));
    }

    /** @return true if the source never moves */
    public boolean isStatic() {
        Keyframe first = keyframes.get(0);
        for (Keyframe k : keyframes) {
            if (!k.direction().equals(first.direction())) {
                return false;
            }
        }
        return isFixedDistance();
    }

    /**
     * The source position at a time.
     *
     * @param timeS seconds from the start
     * @return the interpolated keyframe at that time
     */
    public Keyframe at(double timeS) {
        Keyframe first = keyframes.get(0);
        if (timeS <= first.timeS()) {
            return new Keyframe(Math.max(0, timeS), first.direction(), first.distanceM());
        }
        for (int i = 1; i < keyframes.size(); i++) {
            Keyframe b = keyframes.get(i);
            if (timeS <= b.timeS()) {
                Keyframe a = keyframes.get(i - 1);
                double f = (timeS - a.timeS()) / (b.timeS() - a.timeS());
                return new Keyframe(timeS, slerp(a.direction(), b.direction(), f),
                        a.distanceM() + f * (b.distanceM() - a.distanceM()));
            }
        }
        Keyframe last = keyframes.get(keyframes.size() - 1);
        return new Keyframe(timeS, last.direction(), last.distanceM());
    }

    /**
     * @return whether every keyframe has the same distance
     */
    public boolean isFixedDistance() {
        double d = keyframes.get(0).distanceM();
        for (Keyframe k : keyframes) {
            if (k.distanceM() != d) {
                return false;
            }
        }
        return true;
    }

    /**
     * The fastest turn of the direction between consecutive keyframes: the great-circle angle between
     * them over the time between them (paths are great circles, see {@link #at}; an antipodal pair's
     * detour is also 180 degrees). 0 for a single keyframe.
     *
     * @return degrees per second, &ge; 0
     */
    public double maxAngularSpeedDegPerS() {
        double max = 0;
        for (int i = 1; i < keyframes.size(); i++) {
            Keyframe a = keyframes.get(i - 1);
            Keyframe b = keyframes.get(i);
            double cos = Math.max(-1, Math.min(1, a.direction().unitVector().dot(b.direction().unitVector())));
            max = Math.max(max, Math.toDegrees(Math.acos(cos)) / (b.timeS() - a.timeS()));
        }
        return max;
    }

    /**
     * Great-circle interpolation between two directions; for (near-)opposite directions it passes
     * through the side halfway in azimuth so the path is well defined.
     */
    static Direction slerp(Direction a, Direction b, double f) {
        Vec3 u = a.unitVector();
        Vec3 v = b.unitVector();
        double cos = Math.max(-1, Math.min(1, u.dot(v)));
        double theta = Math.acos(cos);
        if (theta < 1e-9) {
            return a;
        }
        if (Math.PI - theta < 1e-6) {
            // Antipodal: go via azimuth midway (keeps "back to front" sweeps well defined).
            double mid = a.azimuthDeg() + 90;
            Direction m = new Direction(mid, 0);
            return f < 0.5 ? slerp(a, m, f * 2) : slerp(m, b, (f - 0.5) * 2);
        }
        double s = Math.sin(theta);
        double wa = Math.sin((1 - f) * theta) / s;
        double wb = Math.sin(f * theta) / s;
        return Direction.of(u.times(wa).plus(v.times(wb)));
    }
}
