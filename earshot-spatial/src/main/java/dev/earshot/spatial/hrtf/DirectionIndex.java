package dev.earshot.spatial.hrtf;

import dev.earshot.spatial.geom.Direction;
import java.util.Arrays;

/**
 * Exact great-circle nearest-neighbour search over a fixed set of unit vectors, by an
 * azimuth/elevation cell table: every cell stores the only points that can be nearest to some
 * direction inside it (those within d(centre, nearest to centre) + 2 * cell radius of the cell's
 * centre, by the triangle inequality), so a query checks a handful of candidates.
 */
final class DirectionIndex {
    private static final double CELL_DEG = 3.0;
    private static final int N_AZ = (int) (360 / CELL_DEG);
    private static final int N_EL = (int) (180 / CELL_DEG);

    private final double[] xyz;
    private final int[][] candidates;

    /** @param xyz unit vectors, flattened x,y,z per point (at least one point) */
    DirectionIndex(double[] xyz) {
        if (xyz.length == 0 || xyz.length % 3 != 0) {
            throw new IllegalArgumentException("need at least one point");
        }
        this.xyz = xyz.clone();
        int n = xyz.length / 3;
        candidates = new int[N_AZ * N_EL][];
        int[] buf = new int[n];
        for (int j = 0; j < N_EL; j++) {
            double el0 = -90 + j * CELL_DEG;
            double el1 = el0 + CELL_DEG;
            for (int i = 0; i < N_AZ; i++) {
                double az0 = -180 + i * CELL_DEG;
                double az1 = az0 + CELL_DEG;
                double[] c = unit(az0 + CELL_DEG / 2, el0 + CELL_DEG / 2);
                double radius = 0;
                for (double[] corner : new double[][] {unit(az0, el0), unit(az0, el1), unit(az1, el0), unit(az1, el1)}) {
                    radius = Math.max(radius, angle(c, corner, 0));
                }
                int nearest = bruteNearest(this.xyz, c[0], c[1], c[2]);
                double limit = angle(c, this.xyz, nearest) + 2 * radius + 1e-9;
                double cosLimit = limit >= Math.PI ? -2 : Math.cos(limit);
                int count = 0;
                for (int p = 0; p < n; p++) {
                    double dot = c[0] * this.xyz[3 * p] + c[1] * this.xyz[3 * p + 1] + c[2] * this.xyz[3 * p + 2];
                    if (dot >= cosLimit - 1e-12) {
                        buf[count++] = p;
                    }
                }
                candidates[j * N_AZ + i] = Arrays.copyOf(buf, count);
            }
        }
    }

    /** @return the index of the point nearest to the direction (ties: the lowest index) */
    int nearest(Direction d) {
        double az = Math.toRadians(d.azimuthDeg());
        double el = Math.toRadians(d.elevationDeg());
        double ce = Math.cos(el);
        double qx = ce * Math.cos(az);
        double qy = ce * Math.sin(az);
        double qz = Math.sin(el);
        int i = Math.min(N_AZ - 1, Math.max(0, (int) Math.floor((d.azimuthDeg() + 180) / CELL_DEG)));
        int j = Math.min(N_EL - 1, Math.max(0, (int) Math.floor((d.elevationDeg() + 90) / CELL_DEG)));
        int best = -1;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (int p : candidates[j * N_AZ + i]) {
            double dot = xyz[3 * p] * qx + xyz[3 * p + 1] * qy + xyz[3 * p + 2] * qz;
            if (dot > bestDot) {
                bestDot = dot;
                best = p;
            }
        }
        return best;
    }

    /** @return the index of the point nearest to (x, y, z) by scanning them all (ties: the lowest index) */
    static int bruteNearest(double[] xyz, double x, double y, double z) {
        int best = -1;
        double bestDot = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < xyz.length / 3; p++) {
            double dot = xyz[3 * p] * x + xyz[3 * p + 1] * y + xyz[3 * p + 2] * z;
            if (dot > bestDot) {
                bestDot = dot;
                best = p;
            }
        }
        return best;
    }

    private static double[] unit(double azDeg, double elDeg) {
        double az = Math.toRadians(azDeg);
        double el = Math.toRadians(elDeg);
        return new double[] {Math.cos(el) * Math.cos(az), Math.cos(el) * Math.sin(az), Math.sin(el)};
    }

    private static double angle(double[] a, double[] pts, int p) {
        double d = a[0] * pts[3 * p] + a[1] * pts[3 * p + 1] + a[2] * pts[3 * p + 2];
        return Math.acos(Math.max(-1, Math.min(1, d)));
    }
}
