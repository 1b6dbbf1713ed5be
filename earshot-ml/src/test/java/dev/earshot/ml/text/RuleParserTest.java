package dev.earshot.ml.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.spatial.render.RoomAcoustics;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RuleParserTest {

    private static final RuleParser P = new RuleParser();

    private static void assertFinite(SpatialIntent s) {
        for (double v : new double[] {s.startAzimuthDeg(), s.endAzimuthDeg(), s.startElevationDeg(), s.endElevationDeg(),
            s.distanceM(), s.endDistanceM(), s.spreadDeg(), s.wetMix(), s.gainDb()}) {
            assertTrue(Double.isFinite(v));
        }
    }

    @Test
    void fromTheLeftIsPlusNinetyWithEvidence() {
        SpatialIntent s = P.parse("A bell rings from the left");
        assertEquals(90, s.startAzimuthDeg(), 1e-12);
        assertFalse(s.moving());
        assertEquals(List.of("left"), s.evidence(IntentField.AZIMUTH));
        assertEquals(0.8, s.confidence(IntentField.AZIMUTH), 1e-12);
    }

    @Test
    void englishCompoundWinsOverItsParts() {
        assertEquals(-135, P.parse("low rumble from the back-right").startAzimuthDeg(), 1e-12);
        assertEquals(-135, P.parse("low rumble from the back right").startAzimuthDeg(), 1e-12);
        assertEquals(45, P.parse("Growing distinct at the FRONT-LEFT").startAzimuthDeg(), 1e-12);
        assertEquals(0.9, P.parse("behind-left").confidence(IntentField.AZIMUTH), 1e-12);
    }

    @Test
    void koreanCompoundWithAttachedParticle() {
        SpatialIntent s = P.parse("오른쪽 뒤에서 빠르게 휙 지나가");
        assertEquals(-135, s.startAzimuthDeg(), 1e-12);
        assertEquals(List.of("오른쪽 뒤에서"), s.evidence(IntentField.AZIMUTH));
        assertEquals(45, P.parse("왼쪽 앞에서 은은하게 퍼져").startAzimuthDeg(), 1e-12);
        assertEquals(90, P.parse("왼편에서 서서히 가까워져").startAzimuthDeg(), 1e-12);
    }

    @Test
    void fromXToYMovesStartToEnd() {
        SpatialIntent en = P.parse("arcs from front-left to back-right");
        assertTrue(en.moving());
        assertEquals(45, en.startAzimuthDeg(), 1e-12);
        assertEquals(-135, en.endAzimuthDeg(), 1e-12);
        SpatialIntent ko = P.parse("좌측 앞에서 오른쪽 뒤로 호를 그리며 지나가");
        assertEquals(45, ko.startAzimuthDeg(), 1e-12);
        assertEquals(-135, ko.endAzimuthDeg(), 1e-12);
        SpatialIntent bare = P.parse("cuts across left to right");
        assertEquals(90, bare.startAzimuthDeg(), 1e-12);
        assertEquals(-90, bare.endAzimuthDeg(), 1e-12);
    }

    @Test
    void goalMarkerDecidesTheEndEvenWhenNamedFirst() {
        SpatialIntent s = P.parse("오른쪽으로 왼쪽에서 이동해");
        assertEquals(90, s.startAzimuthDeg(), 1e-12);
        assertEquals(-90, s.endAzimuthDeg(), 1e-12);
    }

    @Test
    void approachShrinksDistanceAndRecedeGrowsIt() {
        SpatialIntent a = P.parse("approaches slowly from the left");
        assertTrue(a.moving());
        assertTrue(a.distanceM() > a.endDistanceM());
        assertEquals(90, a.endAzimuthDeg(), 1e-12);
        SpatialIntent r = P.parse("우측에서 서서히 멀어져");
        assertTrue(r.distanceM() < r.endDistanceM());
        assertEquals(-90, r.startAzimuthDeg(), 1e-12);
        assertEquals(List.of("멀어져"), r.evidence(IntentField.MOVEMENT));
    }

    @Test
    void passFromOneSideCrossesToTheOther() {
        SpatialIntent s = P.parse("a car passes from the left");
        assertEquals(90, s.startAzimuthDeg(), 1e-12);
        assertEquals(-90, s.endAzimuthDeg(), 1e-12);
        SpatialIntent back = P.parse("sweeps swiftly from the back-right");
        assertEquals(-135, back.startAzimuthDeg(), 1e-12);
        assertEquals(-45, back.endAzimuthDeg(), 1e-12);
    }

    @Test
    void orbitCoversHalfATurn() {
        SpatialIntent s = P.parse("circles around overhead");
        assertTrue(s.moving());
        assertEquals(180, Math.abs(s.endAzimuthDeg() - s.startAzimuthDeg()), 1e-9);
        assertEquals(50, s.startElevationDeg(), 1e-12);
    }

    @Test
    void riseAndFallChangeElevation() {
        SpatialIntent up = P.parse("rises slowly from below");
        assertEquals(-25, up.startElevationDeg(), 1e-12);
        assertEquals(5, up.endElevationDeg(), 1e-12);
        SpatialIntent down = P.parse("위에서 아래로 곧게 낙하");
        assertEquals(30, down.startElevationDeg(), 1e-12);
        assertEquals(-25, down.endElevationDeg(), 1e-12);
    }

    @Test
    void scalarCuesInBothLanguages() {
        SpatialIntent en = P.parse("a loud, wide, dry sound far away");
        assertEquals(80, en.spreadDeg(), 1e-12);
        assertEquals(0.02, en.wetMix(), 1e-12);
        assertEquals(4.2, en.distanceM(), 1e-12);
        assertEquals(3.0, en.gainDb(), 1e-12);
        SpatialIntent ko = P.parse("가까이에서 좁게 조용히");
        assertEquals(1.0, ko.distanceM(), 1e-12);
        assertEquals(12, ko.spreadDeg(), 1e-12);
        assertEquals(-3.0, ko.gainDb(), 1e-12);
    }

    @Test
    void backAsAnAdverbIsNotADirection() {
        SpatialIntent s = P.parse("broadens out first, then gathers back");
        assertEquals(0, s.startAzimuthDeg(), 0);
        assertEquals(80, s.spreadDeg(), 1e-12);
        assertEquals(0, P.parse("sways back and forth").startAzimuthDeg(), 0);
    }

    @Test
    void roomWordsSetReverbTime() {
        SpatialIntent s = P.parse("a choir singing in a cathedral");
        assertEquals(new RoomAcoustics.Rt60(4.0), s.room());
        assertEquals(0.9, s.wetMix(), 1e-12);
        assertEquals(List.of("cathedral"), s.evidence(IntentField.ROOM));
    }

    @Test
    void textWithoutCuesGivesDefaultsWithZeroConfidence() {
        SpatialIntent s = P.parse("a dog barks");
        RuleParser.Defaults d = RuleParser.Defaults.EARSHOT;
        assertEquals(d.azimuthDeg(), s.startAzimuthDeg(), 0);
        assertEquals(d.distanceM(), s.distanceM(), 0);
        assertEquals(d.room(), s.room());
        for (IntentField f : IntentField.values()) {
            assertEquals(0.0, s.confidence(f), 0, f.name());
            assertTrue(s.evidence(f).isEmpty());
        }
    }

    @Test
    void nullEmptyAndUnknownScriptsAreSafe() {
        for (String t : new String[] {null, "", "   ", "¿¡!?", "Звук слева", "左から音がする", "\u0000\uFFFF", "🎵🎶"}) {
            SpatialIntent s = P.parse(t);
            assertFinite(s);
        }
    }

    @Test
    void veryLongTextIsParsedWithinTheCharacterCap() {
        String t = "from the left ".repeat(100_000);
        SpatialIntent s = P.parse(t);
        assertEquals(90, s.startAzimuthDeg(), 1e-12);
        assertFinite(s);
    }

    @Test
    void singleSyllableKoreanWordsDoNotMatchInsideOtherWords() {
        // 하 (below) must not fire on the verb ending 하는, 우 (right) not on 우아하게
        SpatialIntent s = P.parse("우아하게 노래하는 소리");
        assertEquals(0, s.startAzimuthDeg(), 0);
        assertEquals(0, s.startElevationDeg(), 0);
    }

    @Property(tries = 200)
    void anyStringGivesAFiniteIntent(@ForAll String text) {
        assertFinite(P.parse(text));
    }
}
