package dev.earshot.spatial.hrtf;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Triangulation of a set of directions on the unit sphere (the convex hull of their unit vectors,
 * i.e. the spherical Delaunay triangulation) with point location and barycentric weights.
 *
 * <p>Directions outside the measured region (e.g. below -40 deg for MIT KEMAR) are covered by
 * <em>virtual vertices</em>: if the points all lie in one plane, one is added on each side of it;
 * then, while some hull face spans a spherical cap wider than both {@value #MAX_CAP_DEG} deg and
 * twice the median face's, a virtual vertex is added at that face's outward normal. Each virtual vertex records the vertices it was connected to (its
 * horizon); callers give it the average of their data. Vertices {@code 0..inputCount()-1} are the
 * input directions in order; virtual ones follow.
 *
 * <p>Location is a visibility walk from a start face taken from a 5-degree azimuth/elevation table,
 * so a lookup costs a few dot products. Weights are the gnomonic (planar-triangle) barycentric
 * coordinates of the ray through the query: non-negative, summing to 1, exactly 1 at a vertex and
 * linear along each edge.
 */
final class SphericalTriangulation {
    /**
     * A face spanning a spherical cap wider than this (deg), and wider than twice the median face,
     * is a hole that a virtual vertex fills.
     */
    static final double MAX_CAP_DEG = 30;
    private static final double CELL_DEG = 5;
    private static final int N_AZ = (int) (360 / CELL_DEG);
    private static final int N_EL = (int) (180 / CELL_DEG);

    /** The face containing a direction and the weights of its three vertices. */
    record Barycentric(int a, int b, int c, double wa, double wb, double wc) {
    }

    private final int inputCount;
    private final double[] vertices; // x, y, z per vertex id
    private final int[][] sources;   // per vertex: null for an input, the averaged vertex ids for a virtual one
    private final int[] tri;         // a, b, c per face, counter-clockwise from outside
    private final double[] edgeNormals; // b x c, c x a, a x b per face (9 doubles)
    private final int[] neighbours;  // across bc, ca, ab per face
    private final int[] startFace;

    /**
     * @param units distinct unit vectors (at least 3), x, y, z each
     * @throws IllegalArgumentException for fewer than 3 directions
     */
    SphericalTriangulation(double[][] units) {
        int n = units.length;
        if (n < 3) {
            throw new IllegalArgumentException("a triangulation needs at least 3 distinct directions, got " + n);
        }
        inputCount = n;
        List<double[]> verts = new ArrayList<>(Arrays.asList(units));
        List<int[]> src = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            src.add(null);
        }
        // initial tetrahedron: 0, farthest from 0, farthest from that line, farthest from that plane
        int i1 = 1;
        for (int i = 1; i < n; i++) {
            if (dist2(units[i], units[0]) > dist2(units[i1], units[0])) {
                i1 = i;
            }
        }
        double[] d01 = SphericalHull.sub(units[i1], units[0]);
        int i2 = -1;
        double best = -1;
        for (int i = 0; i < n; i++) {
            double a = SphericalHull.norm(SphericalHull.cross(d01, SphericalHull.sub(units[i], units[0])));
            if (i != 0 && i != i1 && a > best) {
                best = a;
                i2 = i;
            }
        }
        double[] normal = SphericalHull.cross(d01, SphericalHull.sub(units[i2], units[0]));
        double nn = SphericalHull.norm(normal);
        normal = new double[] {normal[0] / nn, normal[1] / nn, normal[2] / nn};
        int i3 = -1;
        best = 0;
        for (int i = 0; i < n; i++) {
            double h = Math.abs(SphericalHull.dot(normal, SphericalHull.sub(units[i], units[0])));
            if (h > best) {
                best = h;
                i3 = i;
            }
        }
        List<Integer> hullToVertex = new ArrayList<>();
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        SphericalHull hull;
        List<Integer> pendingVirtual = new ArrayList<>();
        if (best < 1e-9) {
            // all directions in one plane: close the hull with virtual vertices on both sides of it
            verts.add(normal);
            src.add(all);
            verts.add(new double[] {-normal[0], -normal[1], -normal[2]});
            src.add(all);
            i3 = n;
            pendingVirtual.add(n + 1);
        }
        hull = new SphericalHull(verts.get(0), verts.get(i1), verts.get(i2), verts.get(i3));
        hullToVertex.addAll(List.of(0, i1, i2, i3));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < verts.size(); i++) {
            if (i != 0 && i != i1 && i != i2 && i != i3) {
                order.add(i);
            }
        }
        for (int v : order) {
            int[] res = hull.add(verts.get(v));
            if (res != null) {
                hullToVertex.add(v);
            }
        }
        // fill holes with virtual vertices: faces much wider than the set's typical face
        double[] caps = hull.faces().stream().mapToDouble(t -> capDeg(hull.points(), t)).sorted().toArray();
        double maxCap = Math.max(MAX_CAP_DEG, 2 * caps[caps.length / 2]);
        double cosMax = Math.cos(Math.toRadians(maxCap));
        for (int guard = 0; guard < 100_000; guard++) {
            double[] wf = hull.widestFace();
            if (wf[1] >= cosMax) {
                break;
            }
            double[] p = hull.normal((int) wf[0]);
            int[] res = hull.add(p);
            if (res == null) {
                break;
            }
            int[] s = new int[res.length - 1];
            for (int k = 1; k < res.length; k++) {
                s[k - 1] = hullToVertex.get(res[k]);
            }
            verts.add(p);
            src.add(s);
            hullToVertex.add(verts.size() - 1);
        }
        vertices = new double[3 * verts.size()];
        for (int v = 0; v < verts.size(); v++) {
            System.arraycopy(verts.get(v), 0, vertices, 3 * v, 3);
        }
        sources = src.toArray(new int[0][]);
        List<int[]> faces = hull.faces();
        int f = faces.size();
        tri = new int[3 * f];
        edgeNormals = new double[9 * f];
        neighbours = new int[3 * f];
        Map<Long, Integer> edgeFace = new HashMap<>();
        for (int k = 0; k < f; k++) {
            int[] t = faces.get(k);
            for (int e = 0; e < 3; e++) {
                tri[3 * k + e] = hullToVertex.get(t[e]);
            }
            int a = tri[3 * k];
            int b = tri[3 * k + 1];
            int c = tri[3 * k + 2];
            putCross(9 * k, b, c);
            putCross(9 * k + 3, c, a);
            putCross(9 * k + 6, a, b);
            edgeFace.put(key(a, b), k);
            edgeFace.put(key(b, c), k);
            edgeFace.put(key(c, a), k);
        }
        for (int k = 0; k < f; k++) {
            int a = tri[3 * k];
            int b = tri[3 * k + 1];
            int c = tri[3 * k + 2];
            neighbours[3 * k] = edgeFace.get(key(c, b));
            neighbours[3 * k + 1] = edgeFace.get(key(a, c));
            neighbours[3 * k + 2] = edgeFace.get(key(b, a));
        }
        startFace = new int[N_AZ * N_EL];
        int prev = 0;
        for (int j = 0; j < N_EL; j++) {
            for (int i = 0; i < N_AZ; i++) {
                double az = Math.toRadians(-180 + (i + 0.5) * CELL_DEG);
                double el = Math.toRadians(-90 + (j + 0.5) * CELL_DEG);
                prev = walk(prev, Math.cos(el) * Math.cos(az), Math.cos(el) * Math.sin(az), Math.sin(el));
                startFace[j * N_AZ + i] = prev;
            }
        }
    }

    private SphericalTriangulation(int inputCount, double[] vertices, int[][] sources, int[] tri, double[] edgeNormals,
                                   int[] neighbours, int[] startFace) {
        this.inputCount = inputCount;
        this.vertices = vertices;
        this.sources = sources;
        this.tri = tri;
        this.edgeNormals = edgeNormals;
        this.neighbours = neighbours;
        this.startFace = startFace;
    }

    /**
     * The whole state as bytes (big-endian), for {@link TriangulationCache}: counts, then vertices,
     * virtual vertices' sources, faces, edge normals, neighbours and the start-face table.
     *
     * @return the encoding read back by {@link #decode}
     */
    byte[] encode() {
        int nv = vertexCount();
        int nf = faceCount();
        long size = 4L * 4 + 8L * vertices.length + 4L * nv + 4L * tri.length + 8L * edgeNormals.length
                + 4L * neighbours.length + 4L * startFace.length;
        for (int[] src : sources) {
            size += src == null ? 0 : 4L * src.length;
        }
        ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(size));
        b.putInt(inputCount).putInt(nv).putInt(nf).putInt(startFace.length);
        b.asDoubleBuffer().put(vertices);
        b.position(b.position() + 8 * vertices.length);
        for (int[] src : sources) {
            b.putInt(src == null ? -1 : src.length);
            if (src != null) {
                for (int v : src) {
                    b.putInt(v);
                }
            }
        }
        b.asIntBuffer().put(tri);
        b.position(b.position() + 4 * tri.length);
        b.asDoubleBuffer().put(edgeNormals);
        b.position(b.position() + 8 * edgeNormals.length);
        b.asIntBuffer().put(neighbours);
        b.position(b.position() + 4 * neighbours.length);
        b.asIntBuffer().put(startFace);
        b.position(b.position() + 4 * startFace.length);
        return b.array();
    }

    /**
     * Reads {@link #encode}'s bytes back, for exactly these input directions.
     *
     * @param b     the encoding, read from its position to its end
     * @param units the input directions the triangulation must have been built from (bit for bit)
     * @return the triangulation, or null if the bytes are malformed, truncated or for other directions
     */
    static SphericalTriangulation decode(ByteBuffer b, double[][] units) {
        try {
            int inputs = b.getInt();
            int nv = b.getInt();
            int nf = b.getInt();
            int cells = b.getInt();
            if (inputs != units.length || nv < inputs || nf < 4 || cells != N_AZ * N_EL
                    || 8L * 3 * nv > b.remaining() || 4L * 3 * nf > b.remaining()) {
                return null;
            }
            double[] vertices = new double[3 * nv];
            b.asDoubleBuffer().get(vertices);
            b.position(b.position() + 8 * vertices.length);
            for (int i = 0; i < inputs; i++) {
                for (int k = 0; k < 3; k++) {
                    if (Double.doubleToRawLongBits(vertices[3 * i + k]) != Double.doubleToRawLongBits(units[i][k])) {
                        return null;
                    }
                }
            }
            int[][] sources = new int[nv][];
            for (int v = 0; v < nv; v++) {
                int n = b.getInt();
                if (n > nv) {
                    return null;
                }
                if (n >= 0) {
                    sources[v] = new int[n];
                    for (int k = 0; k < n; k++) {
                        sources[v][k] = checkedIndex(b.getInt(), nv);
                    }
                }
            }
            int[] tri = ints(b, 3 * nf, nv);
            double[] normals = new double[9 * nf];
            b.asDoubleBuffer().get(normals);
            b.position(b.position() + 8 * normals.length);
            int[] neighbours = ints(b, 3 * nf, nf);
            int[] start = ints(b, cells, nf);
            if (b.hasRemaining()) {
                return null;
            }
            return new SphericalTriangulation(inputs, vertices, sources, tri, normals, neighbours, start);
        } catch (RuntimeException e) {
            return null; // truncated (BufferUnderflowException) or an index out of range
        }
    }

    private static int[] ints(ByteBuffer b, int n, int bound) {
        int[] a = new int[n];
        b.asIntBuffer().get(a);
        b.position(b.position() + 4 * n);
        for (int v : a) {
            checkedIndex(v, bound);
        }
        return a;
    }

    private static int checkedIndex(int v, int bound) {
        if (v < 0 || v >= bound) {
            throw new IndexOutOfBoundsException(v);
        }
        return v;
    }

    /** Angular radius (deg) of the spherical cap cut off by a face's plane. */
    private static double capDeg(List<double[]> pts, int[] t) {
        double[] a = pts.get(t[0]);
        double[] n = SphericalHull.cross(SphericalHull.sub(pts.get(t[1]), a), SphericalHull.sub(pts.get(t[2]), a));
        double off = SphericalHull.dot(n, a) / SphericalHull.norm(n);
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, off))));
    }

    private void putCross(int at, int u, int v) {
        double[] r = SphericalHull.cross(vertex(u), vertex(v));
        System.arraycopy(r, 0, edgeNormals, at, 3);
    }

    private static long key(int u, int v) {
        return ((long) u << 32) | (v & 0xffffffffL);
    }

    private static double dist2(double[] a, double[] b) {
        double[] d = SphericalHull.sub(a, b);
        return SphericalHull.dot(d, d);
    }

    /** @return the number of input directions (vertex ids below it) */
    int inputCount() {
        return inputCount;
    }

    /** @return the number of vertices, inputs and virtual */
    int vertexCount() {
        return vertices.length / 3;
    }

    /** @return the number of triangles */
    int faceCount() {
        return tri.length / 3;
    }

    /** @return a vertex's unit vector */
    double[] vertex(int v) {
        return new double[] {vertices[3 * v], vertices[3 * v + 1], vertices[3 * v + 2]};
    }

    /** @return for a virtual vertex, the ids of the vertices whose data it averages; null for an input */
    int[] sources(int v) {
        return sources[v] == null ? null : sources[v].clone();
    }

    /** @return the three vertex ids of a face */
    int[] face(int f) {
        return new int[] {tri[3 * f], tri[3 * f + 1], tri[3 * f + 2]};
    }

    /**
     * Locates a direction.
     *
     * @param azimuthDeg   azimuth in degrees (+left)
     * @param elevationDeg elevation in degrees (+up)
     * @return the containing face and the barycentric weights of its vertices
     */
    Barycentric locate(double azimuthDeg, double elevationDeg) {
        double az = Math.toRadians(azimuthDeg);
        double el = Math.toRadians(elevationDeg);
        double x = Math.cos(el) * Math.cos(az);
        double y = Math.cos(el) * Math.sin(az);
        double z = Math.sin(el);
        int i = Math.min(N_AZ - 1, Math.max(0, (int) Math.floor((azimuthDeg + 180) / CELL_DEG)));
        int j = Math.min(N_EL - 1, Math.max(0, (int) Math.floor((elevationDeg + 90) / CELL_DEG)));
        int f = walk(startFace[j * N_AZ + i], x, y, z);
        int o = 9 * f;
        double wa = Math.max(0, x * edgeNormals[o] + y * edgeNormals[o + 1] + z * edgeNormals[o + 2]);
        double wb = Math.max(0, x * edgeNormals[o + 3] + y * edgeNormals[o + 4] + z * edgeNormals[o + 5]);
        double wc = Math.max(0, x * edgeNormals[o + 6] + y * edgeNormals[o + 7] + z * edgeNormals[o + 8]);
        double sum = wa + wb + wc;
        return new Barycentric(tri[3 * f], tri[3 * f + 1], tri[3 * f + 2], wa / sum, wb / sum, wc / sum);
    }

    /** Visibility walk to the face whose cone contains (x, y, z); brute force if it does not settle. */
    private int walk(int start, double x, double y, double z) {
        int f = start;
        int limit = 4 * faceCount() + 10;
        for (int step = 0; step < limit; step++) {
            int o = 9 * f;
            double da = x * edgeNormals[o] + y * edgeNormals[o + 1] + z * edgeNormals[o + 2];
            double db = x * edgeNormals[o + 3] + y * edgeNormals[o + 4] + z * edgeNormals[o + 5];
            double dc = x * edgeNormals[o + 6] + y * edgeNormals[o + 7] + z * edgeNormals[o + 8];
            double min = Math.min(da, Math.min(db, dc));
            if (min >= -1e-15) {
                return f;
            }
            f = neighbours[3 * f + (min == da ? 0 : min == db ? 1 : 2)];
        }
        int bestF = 0;
        double bestMin = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < faceCount(); k++) {
            int o = 9 * k;
            double da = x * edgeNormals[o] + y * edgeNormals[o + 1] + z * edgeNormals[o + 2];
            double db = x * edgeNormals[o + 3] + y * edgeNormals[o + 4] + z * edgeNormals[o + 5];
            double dc = x * edgeNormals[o + 6] + y * edgeNormals[o + 7] + z * edgeNormals[o + 8];
            double norm = x * (vertices[3 * tri[3 * k]]) + y * vertices[3 * tri[3 * k] + 1] + z * vertices[3 * tri[3 * k] + 2];
            double min = Math.min(da, Math.min(db, dc));
            if (norm > 0 && min > bestMin) {
                bestMin = min;
                bestF = k;
            }
        }
        return bestF;
    }
}
