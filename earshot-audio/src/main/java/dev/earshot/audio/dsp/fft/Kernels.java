package dev.earshot.audio.dsp.fft;

/**
 * Chooses between the Vector API kernels ({@link VectorKernels}) and the plain-Java ones, once per
 * JVM.
 *
 * <p>The vector kernels are used when the {@code jdk.incubator.vector} module is in the boot layer
 * (the JVM was started with {@code --add-modules jdk.incubator.vector}), the hardware has 8-lane
 * float vectors, and the system property {@code earshot.fft.scalar} is not {@code true}. Otherwise
 * the plain-Java kernels run: same results up to float rounding, several times slower.
 */
final class Kernels {
    /** Whether the Vector API kernels are in use in this JVM. */
    static final boolean VECTOR = detect();

    private Kernels() {
    }

    private static boolean detect() {
        if (Boolean.getBoolean("earshot.fft.scalar")) {
            return false;
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            return VectorKernels.hardwareSupported();
        } catch (LinkageError e) {
            return false;
        }
    }
}
