package dev.earshot.ml.text.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SentenceEmbedder} against langchain4j's own embeddings of the same sentences (fixture made once by
 * {@link MiniLmFixtureGenerator}): the int8 pipeline it reproduces, and the float32 model it replaced.
 */
class SentenceEmbedderTest {

    private static JsonNode sentences;

    @BeforeAll
    static void readFixture() throws IOException {
        try (InputStream in = SentenceEmbedderTest.class.getResourceAsStream(MiniLmFixtureGenerator.RESOURCE)) {
            sentences = new ObjectMapper().readTree(in).get("sentences");
        }
    }

    private static float[] vector(JsonNode a) {
        float[] v = new float[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) a.get(i).doubleValue();
        }
        return v;
    }

    private static double cosine(float[] a, float[] b) {
        double d = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * (double) b[i];
            na += a[i] * (double) a[i];
            nb += b[i] * (double) b[i];
        }
        return d / Math.sqrt(na * nb);
    }

    private static void assertFiniteUnitOrZero(float[] v) {
        assertEquals(SentenceEmbedder.DIMENSION, v.length);
        double n = 0;
        for (float x : v) {
            assertTrue(Float.isFinite(x));
            n += x * (double) x;
        }
        assertTrue(n == 0 || Math.abs(n - 1) < 1e-4, "squared norm " + n);
    }

    @Test
    void matchesTheLangchain4jInt8Pipeline() {
        for (JsonNode s : sentences) {
            double c = cosine(SentenceEmbedder.embed(s.get("text").asText()), vector(s.get("int8")));
            assertTrue(c >= 0.999, s.get("text") + ": cosine " + c);
        }
    }

    @Test
    void staysCloseToTheFloat32Model() {
        double sum = 0;
        for (JsonNode s : sentences) {
            double c = cosine(SentenceEmbedder.embed(s.get("text").asText()), vector(s.get("float32")));
            assertTrue(c >= 0.95, s.get("text") + ": cosine " + c);
            sum += c;
        }
        assertTrue(sum / sentences.size() >= 0.97, "mean cosine " + sum / sentences.size());
    }

    @Test
    void embeddingIsUnitLength() {
        assertFiniteUnitOrZero(SentenceEmbedder.embed("a bird sings to the left"));
        assertEquals(1.0, cosine(SentenceEmbedder.embed("a bird sings to the left"),
                SentenceEmbedder.embed("a bird sings to the left")), 1e-9);
    }

    @Test
    void blankAndNullTextEmbedToZeros() {
        assertArrayEquals(new float[SentenceEmbedder.DIMENSION], SentenceEmbedder.embed(""));
        assertArrayEquals(new float[SentenceEmbedder.DIMENSION], SentenceEmbedder.embed("  \n\t "));
        assertArrayEquals(new float[SentenceEmbedder.DIMENSION], SentenceEmbedder.embed(null));
    }

    @Test
    void controlCharactersOnlyEmbedToZeros() {
        assertArrayEquals(new float[SentenceEmbedder.DIMENSION], SentenceEmbedder.embed("\u0001\u0002\u0007"));
    }

    @Test
    void veryLongTextIsCutTo128WordPieces() {
        String longText = "a b c d e f g h ".repeat(400); // 2 chars per word piece: 256 in the first 512 chars
        assertEquals(128, SentenceEmbedder.tokenIds(longText).length);
        assertFiniteUnitOrZero(SentenceEmbedder.embed(longText));
    }

    @Test
    void unknownScriptsNeverGiveNaN() {
        for (String s : new String[] {"𒀀𒀁𒀂", "\uD83D\uDC26\uD83D\uDC26", "\uFFFF\uFFFE", "\uD800 lone surrogate",
            "ᚠᚢᚦ ᚨᚱᚲ", "ꦲꦏ꧀ꦱꦫ", "\u200B\u200D\u2060"}) {
            assertFiniteUnitOrZero(SentenceEmbedder.embed(s));
        }
    }

    @Test
    void poolingIsTheMaskedMeanNormalised() {
        float[][] tokens = new float[3][SentenceEmbedder.DIMENSION];
        tokens[0][0] = 3;
        tokens[1][1] = 4;
        tokens[2][0] = 1000; // masked out
        float[] v = SentenceEmbedder.pool(tokens, new long[] {1, 1, 0});
        assertEquals(0.6, v[0], 1e-6);
        assertEquals(0.8, v[1], 1e-6);
        assertEquals(0.0, v[2], 0.0);
    }

    @Test
    void poolingOfNothingGivesZeros() {
        assertArrayEquals(new float[SentenceEmbedder.DIMENSION],
                SentenceEmbedder.pool(new float[2][SentenceEmbedder.DIMENSION], new long[] {1, 1}));
        assertArrayEquals(new float[SentenceEmbedder.DIMENSION],
                SentenceEmbedder.pool(new float[1][SentenceEmbedder.DIMENSION], new long[] {0}));
    }
}
