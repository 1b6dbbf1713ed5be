package dev.earshot.data.spatialize;

import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrirLookup;
import dev.earshot.spatial.room.ArrivalSink;
import dev.earshot.spatial.room.ImageSource;
import dev.earshot.spatial.room.RoomReceiver;

/**
 * A binaural receiver for the room simulator: every image source is placed through the HRIR pair of its
 * arrival direction (channel 0 = left ear, 1 = right ear), scaled by its per-band amplitude. The diffuse
 * tail reaches each ear as independent noise scaled by the RMS diffuse-field gain of that ear's HRIRs
 * (the root mean HRIR energy over the measured directions); its interaural coherence and HRTF colouring
 * are not modelled.
 */
public final class BinauralRoomReceiver implements RoomReceiver {
    private final HrirLookup lookup;
    private final double[][] mixing;

    /**
     * @param lookup HRIR lookup at the simulation's sample rate
     * @param diffuseGainLeft  RMS diffuse-field gain of the left-ear HRIRs
     * @param diffuseGainRight RMS diffuse-field gain of the right-ear HRIRs
     */
    BinauralRoomReceiver(HrirLookup lookup, double diffuseGainLeft, double diffuseGainRight) {
        this.lookup = lookup;
        this.mixing = new double[][] {{diffuseGainLeft, 0}, {0, diffuseGainRight}};
    }

    /**
     * The receiver with the built-in KEMAR set at a sample rate.
     *
     * @param sampleRateHz the simulation's sample rate in Hz
     * @return the receiver
     */
    public static BinauralRoomReceiver kemar(int sampleRateHz) {
        HrirLookup l = HrirTables.kemar(sampleRateHz);
        double[] g = DiffuseGains.of(sampleRateHz);
        return new BinauralRoomReceiver(l, g[0], g[1]);
    }

    /** @return 2 (left, right) */
    @Override
    public int channelCount() {
        return 2;
    }

    /**
     * Places the HRIR pair of the image's arrival direction at its arrival time. The fractional part of
     * the delay is applied to the HRIRs here, so the sink receives them at an integer sample delay and adds
     * each tap directly. The direct sound uses the simulator's 81-tap Hann-windowed sinc
     * ({@code sinc(x) (0.5 + 0.5 cos(pi x / 41))}; the same result as per-tap fractional placement);
     * reflections use a 17-tap Hann-windowed sinc ({@code sinc(x) (0.5 + 0.5 cos(pi x / 9))}), about
     * five times cheaper, whose error only matters near the Nyquist frequency.
     */
    @Override
    public void addImage(ImageSource image, ArrivalSink sink) {
        Hrir h = lookup.lookup(image.arrival());
        double[] amp = image.amplitudeByBand();
        int fs = sink.sampleRateHz();
        double delay = image.delayS() * fs;
        long centre = Math.round(delay);
        double frac = delay - centre;
        if (Math.abs(frac) < 1e-12) {
            sink.addFiltered(0, (double) centre / fs, amp, h.left());
            sink.addFiltered(1, (double) centre / fs, amp, h.right());
            return;
        }
        int half = image.order() == 0 ? HALF_WIDTH : REFLECTION_HALF_WIDTH;
        double[] kernel = kernel(frac, half);
        long start = centre - half;
        int skip = start < 0 ? (int) -start : 0;
        sink.addFiltered(0, (double) (start + skip) / fs, amp, delayed(h.left(), kernel, skip));
        sink.addFiltered(1, (double) (start + skip) / fs, amp, delayed(h.right(), kernel, skip));
    }

    /** Half-width of the direct sound's fractional-delay kernel (the simulator's). */
    static final int HALF_WIDTH = 40;
    /** Half-width of the reflections' fractional-delay kernel. */
    static final int REFLECTION_HALF_WIDTH = 8;

    /** The simulator's fractional-delay kernel for taps -40..40 at offset {@code frac} in (-0.5, 0.5]. */
    static double[] kernel(double frac) {
        return kernel(frac, HALF_WIDTH);
    }

    /**
     * Hann-windowed sinc {@code sinc(x) (0.5 + 0.5 cos(pi x / (half + 1)))} for taps {@code -half..half}.
     */
    static double[] kernel(double frac, int half) {
        double[] k = new double[2 * half + 1];
        double sinPiFrac = Math.sin(Math.PI * frac);
        for (int j = -half; j <= half; j++) {
            double x = j - frac;
            double sinc = ((j & 1) == 0 ? -sinPiFrac : sinPiFrac) / (Math.PI * x);
            k[j + half] = sinc * (0.5 + 0.5 * Math.cos(Math.PI * x / (half + 1)));
        }
        return k;
    }

    /** Full convolution of an HRIR with the kernel, without its first {@code skip} samples. */
    static float[] delayed(float[] hrir, double[] kernel, int skip) {
        int n = hrir.length + kernel.length - 1;
        double[] acc = new double[n];
        for (int i = 0; i < hrir.length; i++) {
            double v = hrir[i];
            if (v == 0) {
                continue;
            }
            for (int j = 0; j < kernel.length; j++) {
                acc[i + j] += v * kernel[j];
            }
        }
        float[] out = new float[Math.max(0, n - skip)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) acc[i + skip];
        }
        return out;
    }

    /** @return a diagonal matrix of the two ears' RMS diffuse-field gains */
    @Override
    public double[][] diffuseMixing() {
        return new double[][] {mixing[0].clone(), mixing[1].clone()};
    }
}
