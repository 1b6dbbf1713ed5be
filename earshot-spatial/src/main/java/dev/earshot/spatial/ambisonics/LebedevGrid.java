package dev.earshot.spatial.ambisonics;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import java.util.ArrayList;
import java.util.List;

/**
 * The 26-point Lebedev quadrature on the sphere (Lebedev 1976): the 6 axis directions (weight 1/21),
 * the 12 edge midpoints of the cube (weight 4/105) and its 8 corners (weight 9/280); weights sum to 1.
 * It integrates every polynomial of degree up to 7 exactly, so products of spherical harmonics up to
 * third order are integrated exactly: {@code sum_s w_s Y_n(u_s) Y_k(u_s) = delta_nk / (2l + 1)} for SN3D.
 */
final class LebedevGrid {
    private static final List<Direction> DIRECTIONS;
    private static final double[] WEIGHTS;

    static {
        List<Vec3> pts = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        int[][] axes = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
        for (int[] a : axes) {
            pts.add(new Vec3(a[0], a[1], a[2]));
            w.add(1.0 / 21);
        }
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                for (int si = -1; si <= 1; si += 2) {
                    for (int sj = -1; sj <= 1; sj += 2) {
                        double[] c = new double[3];
                        c[i] = si;
                        c[j] = sj;
                        pts.add(new Vec3(c[0], c[1], c[2]).normalized());
                        w.add(4.0 / 105);
                    }
                }
            }
        }
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sy = -1; sy <= 1; sy += 2) {
                for (int sz = -1; sz <= 1; sz += 2) {
                    pts.add(new Vec3(sx, sy, sz).normalized());
                    w.add(9.0 / 280);
                }
            }
        }
        List<Direction> dirs = new ArrayList<>();
        for (Vec3 p : pts) {
            dirs.add(Direction.of(p));
        }
        DIRECTIONS = List.copyOf(dirs);
        WEIGHTS = w.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private LebedevGrid() {
    }

    /** @return the 26 directions (Earshot convention) */
    static List<Direction> directions() {
        return DIRECTIONS;
    }

    /** @return a copy of the 26 weights, summing to 1 */
    static double[] weights() {
        return WEIGHTS.clone();
    }
}
