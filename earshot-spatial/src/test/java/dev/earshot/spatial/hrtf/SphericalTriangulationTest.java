package dev.earshot.spatial.hrtf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.geom.Vec3;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class SphericalTriangulationTest {
    private static final SphericalTriangulation TRI = kemarTriangulation();

    /** KEMAR's 710 directions are distinct and at one distance, so they are the inputs in set order. */
    private static SphericalTriangulation kemarTriangulation() {
        HrtfSet k = HrtfSets.builtinKemar();
        double[][] units = new double[k.measurementCount()][];
        for (int m = 0; m < units.length; m++) {
            Vec3 u = k.directions().get(m).unitVector();
            units[m] = new double[] {u.x(), u.y(), u.z()};
        }
        return new SphericalTriangulation(units);
    }

    @Property(tries = 3000)
    void weightsAreNonNegativeSumToOneAndReproduceTheDirection(
            @ForAll @DoubleRange(min = -180, max = 180) double az, @ForAll @DoubleRange(min = -90, max = 90) double el) {
        Direction q = new Direction(az, el);
        SphericalTriangulation.Barycentric b = TRI.locate(q.azimuthDeg(), q.elevationDeg());
        assertTrue(b.wa() >= 0 && b.wb() >= 0 && b.wc() >= 0, b.toString());
        assertEquals(1.0, b.wa() + b.wb() + b.wc(), 1e-12);
        // the weighted vertices point along the query (the ray through q hits the planar triangle there)
        double[] va = TRI.vertex(b.a());
        double[] vb = TRI.vertex(b.b());
        double[] vc = TRI.vertex(b.c());
        Vec3 p = new Vec3(b.wa() * va[0] + b.wb() * vb[0] + b.wc() * vc[0],
                b.wa() * va[1] + b.wb() * vb[1] + b.wc() * vc[1], b.wa() * va[2] + b.wb() * vb[2] + b.wc() * vc[2]);
        Vec3 u = q.unitVector();
        assertTrue(p.dot(u) > 0, "same side");
        assertEquals(0, p.normalized().cross(u).norm(), 1e-12, "query " + q + " located at " + Direction.of(p));
    }

    @Test
    void kemarHullIsAClosedTriangulationWithVirtualVerticesBelowMinus40() {
        int v = TRI.vertexCount();
        assertEquals(710, TRI.inputCount());
        assertTrue(v > 710, "virtual vertices fill the hole below -40 deg");
        assertEquals(2 * v - 4, TRI.faceCount(), "Euler: a closed triangulated sphere has 2V - 4 faces");
        // the first virtual vertex is the nadir, averaging the whole -40 deg ring (56 directions)
        double[] first = TRI.vertex(710);
        assertEquals(-1, first[2], 1e-9);
        int[] src = TRI.sources(710);
        assertNotNull(src);
        assertEquals(56, src.length);
        SphericalTriangulation.Barycentric nadir = TRI.locate(0, -90);
        assertEquals(1.0, nadir.a() == 710 ? nadir.wa() : nadir.b() == 710 ? nadir.wb() : nadir.wc(), 1e-9);
    }

    @Test
    void measuredDirectionGetsAllItsWeight() {
        HrtfSet k = HrtfSets.builtinKemar();
        for (int m = 0; m < k.measurementCount(); m += 7) {
            Direction d = k.directions().get(m);
            SphericalTriangulation.Barycentric b = TRI.locate(d.azimuthDeg(), d.elevationDeg());
            double w = b.a() == m ? b.wa() : b.b() == m ? b.wb() : b.c() == m ? b.wc() : 0;
            assertEquals(1.0, w, 1e-9, "measurement " + m + " " + d);
        }
    }

    @Test
    void horizontalRingIsClosedWithVirtualPoles() {
        double[][] ring = new double[12][];
        for (int i = 0; i < 12; i++) {
            double a = Math.toRadians(30 * i);
            ring[i] = new double[] {Math.cos(a), Math.sin(a), 0};
        }
        SphericalTriangulation t = new SphericalTriangulation(ring);
        assertEquals(14, t.vertexCount(), "the ring plus the two poles");
        assertEquals(24, t.faceCount());
        assertEquals(1, Math.abs(t.vertex(12)[2]), 1e-12);
        assertEquals(12, t.sources(12).length, "a pole averages the whole ring");
        SphericalTriangulation.Barycentric b = t.locate(15, 0);
        assertEquals(0.5, Math.max(b.wa(), Math.max(b.wb(), b.wc())), 1e-9);
    }
}
