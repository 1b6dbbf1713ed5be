package dev.earshot.ml.text.text2hoa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class Text2HoaConventionTest {

    @Test
    void rightInText2HoaIsMinusNinetyInEarshot() {
        assertEquals(-90.0, Text2HoaConvention.toEarshotAzimuthDeg(90.0), 1e-12);
        assertEquals(135.0, Text2HoaConvention.toEarshotAzimuthDeg(-135.0), 1e-12);
        assertEquals(180.0, Text2HoaConvention.toEarshotAzimuthDeg(-180.0), 1e-12);
    }

    @Test
    void azScOrderSelectsWhichNumberIsTheSine() {
        // text2hoa "right" (+90): sin = 1, cos = 0
        assertEquals(-90.0, Text2HoaConvention.azimuthFromAzScDeg(1, 0, AzScOrder.SIN_COS), 1e-12);
        assertEquals(-90.0, Text2HoaConvention.azimuthFromAzScDeg(0, 1, AzScOrder.COS_SIN), 1e-12);
        // the same pair read the other way is "front"
        assertEquals(0.0, Text2HoaConvention.azimuthFromAzScDeg(0, 1, AzScOrder.SIN_COS), 1e-12);
    }

    @Test
    void toAzScInvertsAzimuthFromAzSc() {
        for (AzScOrder o : AzScOrder.values()) {
            for (double az = -179; az <= 180; az += 7.5) {
                double[] sc = Text2HoaConvention.toAzSc(az, o);
                assertEquals(az, Text2HoaConvention.azimuthFromAzScDeg(sc[0], sc[1], o), 1e-9);
            }
        }
    }

    @Test
    void v4BackIsRecoveredFromTheSignOfATinySine() {
        // a real "back" row: az_sc = (sin 180, cos 180) = (1.2246e-16, -1)
        double sinStart = Math.sin(Math.PI * 1.2246467991473532e-16);
        double cosStart = Math.cos(Math.PI * 1.2246467991473532e-16);
        assertEquals(180.0, Text2HoaConvention.decodeV4AzimuthDeg(sinStart, cosStart, -1.2246467991473532e-16, -1.0), 1e-9);
    }

    @Test
    void v4EncodingOfEveryDirectionDecodesBack() {
        for (double azT2h = -175; azT2h <= 180; azT2h += 5) {
            double a = Math.toRadians(azT2h);
            double s = Math.sin(a);
            double c = Math.cos(a);
            double got = Text2HoaConvention.decodeV4AzimuthDeg(Math.sin(Math.PI * s), Math.cos(Math.PI * s),
                    Math.sin(Math.PI * c), Math.cos(Math.PI * c));
            assertEquals(0, dev.earshot.spatial.geom.Direction.wrapDeg(got + azT2h), 1e-9, "az " + azT2h);
        }
    }

    @Test
    void distanceAndGainUseTheStatsConstants() {
        Text2HoaStats st = Fixtures.stats();
        assertEquals(0.7556080197026127, st.logDistMean(), 0);
        assertEquals(0.6450725194473792, st.logDistStd(), 0);
        assertEquals(Math.exp(0.7556080197026127), Text2HoaConvention.distanceM(st, 0), 1e-12);
        assertEquals(Math.exp(0.6450725194473792 + 0.7556080197026127), Text2HoaConvention.distanceM(st, 1), 1e-12);
        assertEquals(20 * Math.log10(0.3165920463432238), Text2HoaConvention.gainDb(st, 0), 1e-12);
        assertEquals(20 * Math.log10(0.9988493699365052), Text2HoaConvention.gainDb(st, 1), 1e-12);
        assertEquals(0.37, Text2HoaConvention.gainNorm(st, Text2HoaConvention.gainDb(st, 0.37)), 1e-12);
        assertEquals(2.5, Text2HoaConvention.distanceM(st, Text2HoaConvention.distZ(st, 2.5)), 1e-12);
        assertEquals(60.0, Text2HoaConvention.spreadDeg(st, 0.5), 1e-12);
    }

    @Test
    void v4AzScRecoversTheSineCosinePair() {
        double a = Math.toRadians(-90);
        double[] sc = Text2HoaConvention.v4AzSc(Math.sin(Math.PI * Math.sin(a)), Math.cos(Math.PI * Math.sin(a)),
                Math.sin(Math.PI * Math.cos(a)), Math.cos(Math.PI * Math.cos(a)));
        assertArrayEquals(new double[] {-1, Math.cos(a)}, sc, 1e-12);
    }
}
