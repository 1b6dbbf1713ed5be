package dev.earshot.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import org.junit.jupiter.api.Test;

class ComputeDeviceTest {
    @Test
    void cpuResolvesToTheCpu() {
        assertEquals(Device.cpu(), ComputeDevice.resolve(" CPU "));
    }

    @Test
    void gpuWithoutAGpuFailsSayingWhatIsNeeded() {
        assumeTrue(Engine.getEngine("PyTorch").getGpuCount() == 0, "a GPU is visible here");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComputeDevice.resolve("gpu"));
        assertTrue(e.getMessage().contains("no CUDA GPU") && e.getMessage().contains("-Pcuda"), e.getMessage());
    }

    @Test
    void otherNamesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ComputeDevice.resolve("tpu"));
    }
}
