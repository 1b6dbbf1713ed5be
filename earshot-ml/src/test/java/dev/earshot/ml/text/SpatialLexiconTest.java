package dev.earshot.ml.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpatialLexiconTest {

    private static final SpatialLexicon LEX = SpatialLexicon.standard();

    private static LexiconEntry text2hoa(String term, Cue cue) {
        return LEX.entries().stream().filter(e -> e.source().equals("text2hoa") && e.term().equals(term) && e.cue() == cue)
                .findFirst().orElse(null);
    }

    @Test
    void text2hoaAzimuthsAreConvertedToPlusLeft() throws Exception {
        // lexicon_complete.json: "starboard" = 90 (+right); "port" = -90. Earshot does not override them.
        SpatialLexicon only = SpatialLexicon.load(SpatialLexicon.class.getResourceAsStream(
                "/dev/earshot/ml/text/lexicon_complete.json"), null);
        assertEquals(-90, only.entries().stream().filter(e -> e.term().equals("starboard")).findFirst().orElseThrow().value(), 0);
        assertEquals(90, only.entries().stream().filter(e -> e.term().equals("port")).findFirst().orElseThrow().value(), 0);
        assertEquals(135, only.entries().stream().filter(e -> e.term().equals("좌후")).findFirst().orElseThrow().value(), 0);
    }

    @Test
    void text2hoaGainMultipliersBecomeDecibels() {
        assertEquals(20 * Math.log10(1.5), text2hoa("전경음", Cue.GAIN).value(), 1e-12);
        assertEquals(0.0, text2hoa("speech", Cue.GAIN).value(), 1e-12);
    }

    @Test
    void text2hoaRangesAndAmbiguousValues() throws Exception {
        SpatialLexicon only = SpatialLexicon.load(SpatialLexicon.class.getResourceAsStream(
                "/dev/earshot/ml/text/lexicon_complete.json"), null);
        assertEquals(0.75, only.entries().stream().filter(e -> e.term().equals("adjacent")).findFirst().orElseThrow().value(), 1e-12);
        assertEquals(-90, only.entries().stream().filter(e -> e.term().equals("nadir")).findFirst().orElseThrow().value(), 1e-12);
        // "side"/측면 (±90), "diagonal"/대각선 (±45 or ±135), "vertical"/수직 (±90): 6 terms skipped
        assertEquals(6, only.skippedTerms());
        assertTrue(only.entries().stream().noneMatch(e -> e.term().equals("side")));
    }

    @Test
    void earshotEntryReplacesText2HoaEntryWithTheSamePhraseAndCue() {
        long n = LEX.entries().stream().filter(e -> e.term().equals("loud") && e.cue() == Cue.GAIN).count();
        assertEquals(1, n);
        assertEquals("earshot", LEX.entries().stream().filter(e -> e.term().equals("loud") && e.cue() == Cue.GAIN)
                .findFirst().orElseThrow().source());
    }

    @Test
    void longestMatchFirstAndHyphenEqualsSpace() {
        List<LexiconMatch> a = LEX.match("from the back-left");
        List<LexiconMatch> b = LEX.match("from the Back Left");
        LexiconMatch ma = a.stream().filter(m -> m.entry(Cue.AZIMUTH) != null).findFirst().orElseThrow();
        LexiconMatch mb = b.stream().filter(m -> m.entry(Cue.AZIMUTH) != null).findFirst().orElseThrow();
        assertEquals(135, ma.entry(Cue.AZIMUTH).value(), 0);
        assertEquals(135, mb.entry(Cue.AZIMUTH).value(), 0);
        assertEquals(2, ma.tokenCount());
        assertEquals("back-left", ma.surface());
        assertEquals(Role.SOURCE, ma.role());
    }

    @Test
    void koreanParticlesGiveRoles() {
        List<LexiconMatch> m = LEX.match("왼쪽에서 오른편으로");
        assertEquals(Role.SOURCE, m.get(0).role());
        assertEquals(Role.GOAL, m.get(1).role());
        assertEquals("왼쪽에서", m.get(0).surface());
    }

    @Test
    void englishInflectionsMatchButOtherWordsDoNot() {
        assertEquals("ward", SpatialLexicon.suffix("leftward", "left", false));
        assertEquals("ing", SpatialLexicon.suffix("rising", "rise", false));
        assertEquals("s", SpatialLexicon.suffix("circles", "circle", false));
        assertNull(SpatialLexicon.suffix("leftover", "left", false));
        assertNull(SpatialLexicon.suffix("portrait", "port", false));
    }

    @Test
    void koreanOneSyllableWordsTakeOnlyDirectionalParticles() {
        assertEquals("에서", SpatialLexicon.suffix("뒤에서", "뒤", false));
        assertNull(SpatialLexicon.suffix("하는", "하", false));
        assertEquals("는", SpatialLexicon.suffix("왼쪽는", "왼쪽", false));
        assertEquals("워져", SpatialLexicon.suffix("가까워져", "가까", true));
    }

    @Test
    void matchCarriesEveryCueOfAPhrase() {
        LexiconMatch m = LEX.match("in a cathedral").get(0);
        assertEquals(4.0, m.entry(Cue.ROOM_RT60).value(), 0);
        assertEquals(0.9, m.entry(Cue.WET).value(), 0);
    }

    @Test
    void malformedEarshotLexiconNamesTheField() {
        String bad = "{\"entries\":[{\"cue\":\"azimuth\",\"en\":[\"x\"]}]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpatialLexicon.load(null,
                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("entries[0].value"), e.getMessage());
        String badCue = "{\"entries\":[{\"cue\":\"colour\",\"value\":1,\"en\":[\"x\"]}]}";
        e = assertThrows(IllegalArgumentException.class, () -> SpatialLexicon.load(null,
                new ByteArrayInputStream(badCue.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("entries[0].cue"), e.getMessage());
    }

    @Test
    void emptyTextHasNoMatches() {
        assertTrue(LEX.match("").isEmpty());
        assertTrue(LEX.match(null).isEmpty());
    }
}
