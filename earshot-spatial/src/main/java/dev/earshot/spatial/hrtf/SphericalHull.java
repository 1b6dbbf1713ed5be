package dev.earshot.spatial.hrtf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Incremental 3-D convex hull of points on the unit sphere (O(n * faces), fine for the few thousand
 * directions of an HRTF set). For points on a sphere the hull's triangles are the spherical Delaunay
 * triangulation. Faces are counter-clockwise seen from outside. Points coplanar with a face (common
 * on measurement grids: rings and co-circular quadrilaterals) are handled by requiring a strict
 * margin for visibility; distinct points on the sphere are always hull vertices.
 */
final class SphericalHull {
    private static final double EPS = 1e-10;

    private final List<double[]> points = new ArrayList<>();
    private final List<int[]> faces = new ArrayList<>();
    /** per face: unit normal x, y, z and offset (flat, 4 per face; primitive arrays keep the scan in add cheap) */
    private double[] planes = new double[4 * 64];
    private boolean[] alive = new boolean[64];
    private int[] visibleScratch = new int[64];
    private final Map<Long, Integer> edgeFace = new HashMap<>();

    /**
     * Starts the hull from four points that span space.
     *
     * @param p0 first point (unit vector)
     * @param p1 second
     * @param p2 third
     * @param p3 fourth, not coplanar with the first three
     * @throws IllegalArgumentException if they are (nearly) coplanar
     */
    SphericalHull(double[] p0, double[] p1, double[] p2, double[] p3) {
        for (double[] p : new double[][] {p0, p1, p2, p3}) {
            points.add(p.clone());
        }
        double[] n = cross(sub(p1, p0), sub(p2, p0));
        double side = dot(n, sub(p3, p0));
        if (Math.abs(side) < 1e-9 * Math.max(1e-300, norm(n))) {
            throw new IllegalArgumentException("the first four hull points are coplanar");
        }
        double[] centroid = new double[3];
        for (double[] p : points) {
            for (int k = 0; k < 3; k++) {
                centroid[k] += p[k] / 4;
            }
        }
        int[][] tris = {{0, 1, 2}, {0, 1, 3}, {1, 2, 3}, {2, 0, 3}};
        for (int[] t : tris) {
            double[] nt = cross(sub(points.get(t[1]), points.get(t[0])), sub(points.get(t[2]), points.get(t[0])));
            if (dot(nt, sub(centroid, points.get(t[0]))) > 0) {
                addFace(t[0], t[2], t[1]);
            } else {
                addFace(t[0], t[1], t[2]);
            }
        }
    }

    /**
     * Adds a point.
     *
     * @param p a unit vector
     * @return the id of the new vertex and the ids of the hull vertices it was connected to (its
     *         horizon), or null if the point is inside the hull (it then is not a vertex)
     */
    int[] add(double[] p) {
        if (visibleScratch.length < faces.size()) {
            visibleScratch = new int[2 * faces.size()];
        }
        int count = scanVisible(planes, alive, faces.size(), p[0], p[1], p[2], visibleScratch);
        if (count == 0) {
            return null;
        }
        List<Integer> visible = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            visible.add(visibleScratch[k]);
        }
        int id = points.size();
        points.add(p.clone());
        Set<Integer> visibleSet = new java.util.HashSet<>(visible);
        List<int[]> horizon = new ArrayList<>();
        for (int f : visible) {
            int[] t = faces.get(f);
            for (int e = 0; e < 3; e++) {
                int u = t[e];
                int v = t[(e + 1) % 3];
                Integer other = edgeFace.get(key(v, u));
                if (other == null || !visibleSet.contains(other)) {
                    horizon.add(new int[] {u, v});
                }
            }
        }
        for (int f : visible) {
            alive[f] = false;
            int[] t = faces.get(f);
            for (int e = 0; e < 3; e++) {
                edgeFace.remove(key(t[e], t[(e + 1) % 3]));
            }
        }
        Set<Integer> ring = new LinkedHashSet<>();
        for (int[] e : horizon) {
            addFace(e[0], e[1], id);
            ring.add(e[0]);
            ring.add(e[1]);
        }
        int[] out = new int[ring.size() + 1];
        out[0] = id;
        int i = 1;
        for (int v : ring) {
            out[i++] = v;
        }
        return out;
    }

    /**
     * The live faces that p lies strictly above, in face order. A method of its own, with only
     * primitive arrays: this loop is the hot one (points x faces), and HotSpot then compiles just it
     * instead of the whole of {@link #add} with the collections inlined (measured: a 1.9 s C2
     * on-stack-replacement compile of add under load, finished after the triangulation was done).
     */
    private static int scanVisible(double[] planes, boolean[] alive, int faceCount, double px, double py, double pz,
                                   int[] out) {
        int count = 0;
        for (int f = 0; f < faceCount; f++) {
            if (alive[f] && planes[4 * f] * px + planes[4 * f + 1] * py + planes[4 * f + 2] * pz - planes[4 * f + 3] > EPS) {
                out[count++] = f;
            }
        }
        return count;
    }

    /** @return the vertices added so far (unit vectors, by id) */
    List<double[]> points() {
        return points;
    }

    /** @return the live faces, each three vertex ids counter-clockwise from outside */
    List<int[]> faces() {
        List<int[]> out = new ArrayList<>();
        for (int f = 0; f < faces.size(); f++) {
            if (alive[f]) {
                out.add(faces.get(f).clone());
            }
        }
        return out;
    }

    /**
     * @return the live face whose plane lies closest to the origin, as {face index, offset} where the
     *         offset is the cosine of the angular radius of the spherical cap the face spans
     */
    double[] widestFace() {
        double best = Double.POSITIVE_INFINITY;
        int bestF = -1;
        for (int f = 0; f < faces.size(); f++) {
            if (alive[f] && planes[4 * f + 3] < best) {
                best = planes[4 * f + 3];
                bestF = f;
            }
        }
        return new double[] {bestF, best};
    }

    /** @return the outward unit normal of a face (by the index {@link #widestFace()} returns) */
    double[] normal(int face) {
        return new double[] {planes[4 * face], planes[4 * face + 1], planes[4 * face + 2]};
    }

    private void addFace(int a, int b, int c) {
        double[] pa = points.get(a);
        double[] n = cross(sub(points.get(b), pa), sub(points.get(c), pa));
        double len = norm(n);
        n = new double[] {n[0] / len, n[1] / len, n[2] / len};
        int f = faces.size();
        faces.add(new int[] {a, b, c});
        if (f == alive.length) {
            alive = java.util.Arrays.copyOf(alive, 2 * f);
            planes = java.util.Arrays.copyOf(planes, 8 * f);
        }
        planes[4 * f] = n[0];
        planes[4 * f + 1] = n[1];
        planes[4 * f + 2] = n[2];
        planes[4 * f + 3] = dot(n, pa);
        alive[f] = true;
        edgeFace.put(key(a, b), f);
        edgeFace.put(key(b, c), f);
        edgeFace.put(key(c, a), f);
    }

    private static long key(int u, int v) {
        return ((long) u << 32) | (v & 0xffffffffL);
    }

    static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
