package dev.earshot.ml.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Locale;

/**
 * The {@code --device cpu|gpu} choice of training and inference, resolved against the PyTorch engine: {@code cpu}
 * always works; {@code gpu} needs the CUDA natives (Maven profile {@code cuda}) and a CUDA GPU visible to PyTorch,
 * otherwise it fails with a message saying so (it never falls back to the CPU silently).
 */
public final class ComputeDevice {
    private ComputeDevice() {
    }

    /**
     * Resolves a device name.
     *
     * @param name {@code cpu} or {@code gpu} (case-insensitive)
     * @return the DJL device ({@code gpu} = GPU 0)
     * @throws IllegalArgumentException on another name, or on {@code gpu} when PyTorch sees no CUDA GPU (the message
     *                                  says what is needed)
     */
    public static Device resolve(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "cpu" -> Device.cpu();
            case "gpu" -> {
                int gpus = gpuCount();
                if (gpus < 1) {
                    throw new IllegalArgumentException("gpu: PyTorch sees no CUDA GPU (0 devices). The default build "
                            + "carries the CPU-only natives (pytorch-native-cpu); build with 'mvn -Pcuda package' "
                            + "(pytorch-native-cu124 2.5.1, DJL 0.32.0) and run on a machine with an NVIDIA GPU and "
                            + "driver, or use --device cpu");
                }
                yield Device.gpu(0);
            }
            default -> throw new IllegalArgumentException("expected cpu or gpu, got \"" + name + "\"");
        };
    }

    private static int gpuCount() {
        try {
            return Engine.getEngine("PyTorch").getGpuCount();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
