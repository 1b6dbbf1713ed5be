package dev.earshot.audio.dsp.fft;

import java.lang.management.ManagementFactory;

/**
 * Chooses between the Vector API kernels ({@link VectorKernels}) and the plain-Java ones
 * ({@link ScalarKernels}), per transform.
 *
 * <p>The vector kernels are available when the {@code jdk.incubator.vector} module is in the boot
 * layer (the JVM was started with {@code --add-modules jdk.incubator.vector}), the hardware has
 * 8-lane float vectors, and the system property {@code earshot.fft.scalar} is not {@code true}.
 *
 * <p>Until HotSpot's C2 compiler has compiled them, Vector API kernels are far slower than plain
 * Java and allocate a boxed object per vector operation (measured: about 1.5 s of CPU and 1 GB of
 * garbage over the first 2000 blocks of a binaural convolver). So callers start on the plain-Java
 * kernels; the first call starts one low-priority daemon thread that runs the vector kernels on
 * private scratch arrays until a batch of them allocates nothing (C2 has compiled them), and from
 * then on callers use the vector kernels. {@link #awaitVector} waits for that.
 *
 * <p>The switch happens at a moment that depends on thread timing, and results do not depend on it:
 * the two kernel sets perform the same IEEE float operations in the same order and give
 * bit-identical results (KernelBitIdentityTest), so the same input always gives the same bytes
 * whichever kernels ran, and whether or not the JVM has the module. The FFTs themselves always run
 * on the caller's thread.
 */
final class Kernels {
    /** Whether the Vector API kernels are available in this JVM (used once warm). */
    static final boolean VECTOR = detect();
    /** Warm-up transform size: radix-2 (span 128), radix-4 (quarter span 32), then the 32-point tail. */
    private static final int WARM_SIZE = 256;
    private static final int WARM_BATCH = 100;
    private static final int MIN_WARM_BATCHES = 10;
    private static final int MAX_WARM_BATCHES = 2000;
    private static volatile boolean warm;
    private static volatile boolean started;
    /** Plain-Java warm-up steps: sizes 128 and 256 alternate (every stage kernel, both radix-2 and not). */
    private static final int SCALAR_WARM_STEPS = 3000;
    private static volatile boolean scalarStarted;

    private Kernels() {
    }

    /**
     * @return whether callers should use the vector kernels now: available and warm (C2-compiled);
     *         the first call while they are available starts their background warm-up (volatile
     *         reads afterwards, no lock per FFT)
     */
    static boolean useVector() {
        if (!VECTOR) {
            return false;
        }
        if (warm) {
            return true;
        }
        if (!started) {
            startWarmUp();
        }
        return warm;
    }

    /**
     * Starts the warm-up if needed and waits for it.
     *
     * @param timeoutMs longest wait in milliseconds
     * @return whether the vector kernels are in use now (available and warm)
     * @throws InterruptedException if the waiting thread is interrupted
     */
    static boolean awaitVector(long timeoutMs) throws InterruptedException {
        long end = System.nanoTime() + timeoutMs * 1_000_000L;
        useVector();
        while (!warm) {
            if (!VECTOR || System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    private static synchronized void startWarmUp() {
        if (started) {
            return;
        }
        started = true;
        startDaemon(Kernels::warmUp, "earshot-fft-vector-warmup");
    }

    /** Starts a low-priority daemon thread (warm-ups must neither delay exit nor compete with real work). */
    private static void startDaemon(Runnable job, String name) {
        Thread t = new Thread(job, name);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * Runs the vector kernels until a batch of them allocates nothing (C2-compiled), then flags them
     * warm. The transform size is the smallest whose plan uses every stage kernel a convolver needs
     * (radix-2, radix-4 and the 32-point tail, forward and inverse), so that each call is short:
     * HotSpot then compiles the kernels after fewer interpreted vector operations and without
     * on-stack-replacement compilations of their loops, and the driver below has no long loop of its
     * own for C2 to compile with everything inlined.
     */
    private static void warmUp() {
        ComplexFft fft = new ComplexFft(WARM_SIZE, true);
        float[] template = new float[WARM_SIZE];
        for (int k = 0; k < WARM_SIZE; k++) {
            template[k] = (k * 31) % 17 - 8f;
        }
        float[][] work = new float[6][WARM_SIZE];
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean smx = mx instanceof com.sun.management.ThreadMXBean s ? s : null;
        long tid = Thread.currentThread().getId();
        for (int batch = 0; batch < MAX_WARM_BATCHES; batch++) {
            long before = smx == null ? 0 : smx.getThreadAllocatedBytes(tid);
            for (int i = 0; i < WARM_BATCH; i++) {
                warmStep(fft, template, work);
            }
            if (smx != null && batch >= MIN_WARM_BATCHES && smx.getThreadAllocatedBytes(tid) - before < 1024) {
                break;
            }
        }
        warm = true;
    }

    /** One forward transform, pair split, spectral multiply, multiply-accumulate and inverse on the vector kernels. */
    private static void warmStep(ComplexFft fft, float[] template, float[][] work) {
        float[] re = work[0];
        float[] im = work[1];
        System.arraycopy(template, 0, re, 0, WARM_SIZE);
        java.util.Arrays.fill(im, 0f);
        fft.forwardScrambled(re, im);
        for (int lo = VectorKernels.LANES; lo < WARM_SIZE; lo <<= 1) {
            VectorKernels.splitOctave(re, im, work[2], work[3], work[4], work[5], lo);
        }
        VectorKernels.multiply(work[2], work[3], re, im, re, im, WARM_SIZE);
        VectorKernels.multiplyAccumulate(work[2], work[3], re, im, re, im, WARM_SIZE);
        fft.inverseScrambled(work[2], work[3]);
    }

    /**
     * Starts (once) a low-priority daemon thread that runs the plain-Java kernels on small private
     * transforms, so that HotSpot compiles them before a caller's first large transforms. A 8192-point
     * transform's radix-4 pass is a 2048-iteration loop: interpreted, each of the first hundred or so
     * calls of a kernel takes milliseconds, and renders run without on-stack replacement. The warm-up's
     * calls are short (128 and 256 points), so its interpreted phase costs a few milliseconds, and the
     * invocation counters it raises are the ones HotSpot compiles by. Results never depend on it.
     */
    static synchronized void startScalarWarmUp() {
        if (scalarStarted) {
            return;
        }
        scalarStarted = true;
        startDaemon(Kernels::scalarWarmUp, "earshot-fft-warmup");
    }

    private static void scalarWarmUp() {
        ComplexFft[] ffts = {new ComplexFft(128, false), new ComplexFft(256, false)};
        float[][] work = new float[6][256];
        for (int step = 0; step < SCALAR_WARM_STEPS; step++) {
            ComplexFft fft = ffts[step & 1];
            int n = fft.size();
            float[] re = work[0];
            float[] im = work[1];
            for (int k = 0; k < n; k++) {
                re[k] = (k * 31) % 17 - 8f;
                im[k] = 0f;
            }
            fft.forwardScrambled(re, im);
            ScalarKernels.splitOctave(re, im, work[2], work[3], work[4], work[5], 0, 0, 2);
            for (int lo = 2; lo < n; lo <<= 1) {
                ScalarKernels.splitOctave(re, im, work[2], work[3], work[4], work[5], lo, lo, 2 * lo);
            }
            ScalarKernels.multiply(work[2], work[3], re, im, work[4], work[5], 0, n);
            ScalarKernels.multiplyAccumulate(work[2], work[3], re, im, work[4], work[5], 0, n);
            fft.inverseScrambled(work[2], work[3]);
        }
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
