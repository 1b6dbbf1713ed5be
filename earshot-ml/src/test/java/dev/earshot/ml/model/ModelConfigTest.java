package dev.earshot.ml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ModelConfigTest {
    @Test
    void vitBaseGridIs64By8() {
        ModelConfig c = ModelConfig.vitBase(355);
        assertEquals(64, c.timePatches());
        assertEquals(8, c.freqPatches());
        assertEquals(512, c.patches());
        assertEquals(64, c.headDim());
        assertEquals(3072, c.mlpHidden());
    }

    @Test
    void embedDimMustDivideByHeads() {
        assertThrows(IllegalArgumentException.class, () -> new ModelConfig(100, 2, 3, 4, 64, 64, 16, 5, 16));
    }

    @Test
    void framesMustBeAMultipleOfThePatch() {
        assertThrows(IllegalArgumentException.class, () -> new ModelConfig(32, 2, 4, 4, 60, 64, 16, 5, 16));
    }

    @Test
    void sizesMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ModelConfig(32, 0, 4, 4, 64, 64, 16, 5, 16));
    }
}
