package dev.earshot.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossWeightsTest {
    @Test
    void parsesThreeCommaSeparatedWeights() {
        assertEquals(new LossWeights(0, 0.5, 1), LossWeights.parse(" 0, 0.5 ,1"));
    }

    @Test
    void parseRejectsTwoNumbersNamingTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LossWeights.parse("1,2"));
        assertTrue(e.getMessage().contains("\"1,2\""), e.getMessage());
    }

    @Test
    void parseRejectsAllZero() {
        assertThrows(IllegalArgumentException.class, () -> LossWeights.parse("0,0,0"));
    }

    @Test
    void parseRejectsAWord() {
        assertThrows(IllegalArgumentException.class, () -> LossWeights.parse("a,1,1"));
    }

    @Test
    void stagePresetsAreTheOriginalsWeights() {
        assertEquals(new LossWeights(1250, 1, 2), LossWeights.forStage("spatial-ast"));
        assertEquals(new LossWeights(1, 0, 0), LossWeights.forStage("DSPAST1"));
    }
}
