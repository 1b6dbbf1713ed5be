package dev.earshot.spatial.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BlockDelayTest {

    @Test
    void delaysARampByExactlyTheGivenSamplesAcrossBlocksAndRingWraps() {
        for (int delay : new int[] {0, 1, 7, 64, 100, 1000}) {
            for (int block : new int[] {1, 16, 64, 100}) {
                BlockDelay d = new BlockDelay(delay, block);
                float[] x = new float[block];
                int total = 40 * block + 3 * delay;
                for (int start = 0; start < total; start += block) {
                    for (int i = 0; i < block; i++) {
                        x[i] = start + i + 1;
                    }
                    d.process(x, block);
                    for (int i = 0; i < block; i++) {
                        int n = start + i;
                        float expected = n < delay ? 0 : n - delay + 1;
                        assertEquals(expected, x[i], 0, "delay " + delay + " block " + block + " frame " + n);
                    }
                }
            }
        }
    }
}
