package dev.earshot.spatial.room;

import dev.earshot.audio.AudioBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Renders room impulse responses for a {@link RoomReceiver}: image sources (exact, deterministic),
 * optionally followed by a diffuse late tail (the hybrid model that keeps long rooms cheap).
 *
 * <p>Bands: when the walls are frequency dependent or air absorption is on, every arrival is
 * accumulated per octave band and the bands are filtered by a linear-phase (zero-phase) split that
 * sums to a unit impulse, then summed; otherwise the response is rendered broadband.
 *
 * <p>Tail: from the transition time on, each diffuse component of the receiver
 * ({@link RoomReceiver#diffuseMixing()}) is one white Gaussian noise from
 * {@code java.util.SplittableRandom(seed)}, split into the bands (one FFT convolution with shared input
 * transforms), each band shaped by {@code sqrt(E_b) exp(-(t - t_tr) ln(10^6) / (2 T_b))} with
 * {@code T_b} the Eyring RT60 of the band (with the air term when air absorption is on) and
 * {@code E_b} the band energy density of the omni image-source response at the transition, estimated
 * over the last 20 ms before it and corrected for the decay within that window. The mixed tail is then
 * handed to {@link RoomReceiver#shapeDiffuse} (the binaural receiver imposes the ears' diffuse-field
 * spectrum and interaural coherence there). The same seed gives a bit-identical response.
 *
 * <p>Validation notes (see the tests): a purely specular shoebox decays more slowly than Eyring
 * (late energy is dominated by paths with few reflections); the incoherent image energy of a
 * 4.5 x 4 x 3 m room with alpha 0.25 gives T30 1.14 x Eyring, a flat 7 x 3 x 2.5 m room 1.55 x.
 * The pressure response additionally sums the all-positive image impulses coherently at low
 * frequencies, which lengthens the broadband T30 further unless {@link SimulationOptions#highPassHz()}
 * is set. The tail follows Eyring, the diffuse-field prediction.
 */
public final class RoomSimulator {
    private static final double LN_1E6 = Math.log(1e6);
    private static final double LEVEL_WINDOW_S = 0.02;
    private final SimulationOptions options;

    /**
     * @param options how to render
     */
    public RoomSimulator(SimulationOptions options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.options = options;
    }

    /** @return the options */
    public SimulationOptions options() {
        return options;
    }

    /**
     * Simulates one room impulse response.
     *
     * @param room     room, source and receiver pose
     * @param receiver the receiver
     * @param seed     seed of the diffuse tail noise (unused without a tail)
     * @return the response and its image sources
     * @throws IllegalArgumentException if the length is automatic or a tail is asked for while the
     *                                  room never decays (rigid walls, no air absorption)
     */
    public RoomImpulseResponse simulate(RoomSpec room, RoomReceiver receiver, long seed) {
        return render(room, receiver, seed, null, false).receiver();
    }

    /**
     * {@link #simulate(RoomSpec, RoomReceiver, long)} with the CPU time of each phase added to a profile.
     *
     * @param room     room, source and receiver pose
     * @param receiver the receiver
     * @param seed     seed of the diffuse tail noise (unused without a tail)
     * @param profile  where to add the phase times (one profile per thread), or null for none
     * @return the same response as {@link #simulate(RoomSpec, RoomReceiver, long)}
     * @throws IllegalArgumentException as {@link #simulate(RoomSpec, RoomReceiver, long)}
     */
    public RoomImpulseResponse simulate(RoomSpec room, RoomReceiver receiver, long seed, SynthesisProfile profile) {
        return render(room, receiver, seed, profile, false).receiver();
    }

    /**
     * Simulates the response of a receiver and, in the same pass, that of an {@link OmniReceiver} at the
     * same place (for room acoustics labels): the image sources are enumerated once, the omni early part
     * is the level reference the tail is matched to anyway, and the omni tail is the receiver's first
     * diffuse component (the omni response's only one, drawn first from the same seed). The omni
     * response equals {@code simulate(room, new OmniReceiver(), seed)}: bit for bit for broadband walls
     * without air absorption or high-pass, to float rounding otherwise (its band and high-pass filters then
     * run on a buffer as long as the receiver's early part).
     *
     * @param room     room, source and receiver pose
     * @param receiver the receiver
     * @param seed     seed of the diffuse tail noise (unused without a tail)
     * @param profile  where to add the phase times, or null for none
     * @return the receiver's response and the omni response
     * @throws IllegalArgumentException as {@link #simulate(RoomSpec, RoomReceiver, long)}
     */
    public ResponsePair simulateWithOmni(RoomSpec room, RoomReceiver receiver, long seed, SynthesisProfile profile) {
        return render(room, receiver, seed, profile, true);
    }

    private ResponsePair render(RoomSpec room, RoomReceiver receiver, long seed, SynthesisProfile profile,
                                boolean withOmni) {
        long tStart = profile == null ? 0 : SynthesisProfile.now();
        int fs = options.sampleRateHz();
        AirAbsorption air = options.air();
        boolean split = room.absorption().frequencyDependent() || air != null;
        int nb = split ? OctaveBands.COUNT : 1;
        double direct = room.sourceDistanceM() / RoomSpec.SPEED_OF_SOUND_MPS;
        double[] t60 = new double[OctaveBands.COUNT];
        double maxT60 = 0;
        for (int b = 0; b < t60.length; b++) {
            t60[b] = room.eyringRt60S(b, air);
            maxT60 = Math.max(maxT60, t60[b]);
        }
        if ((options.lengthS() == 0 || options.diffuseTail()) && !Double.isFinite(maxT60)) {
            throw new IllegalArgumentException("room " + room.dimensionsM() + " never decays (rigid walls, no air"
                    + " absorption): give an explicit lengthS and no diffuse tail");
        }
        double lengthS = options.lengthS() > 0 ? options.lengthS() : Math.min(30, direct + maxT60 + 0.05);
        int n = (int) Math.round(lengthS * fs);
        double transition = Math.min(lengthS, Math.max(options.transitionS(), direct + 0.02));
        double imageTime = options.diffuseTail() ? transition : lengthS;
        List<ImageSource> images = new ImageSourceModel(options.maxOrder(), imageTime, air).imageSources(room);
        long tImages = profile == null ? 0 : SynthesisProfile.now();

        OctaveFilterBank bank = split ? OctaveFilterBank.forRate(fs) : null;
        double lastDelay = images.isEmpty() ? 0 : images.get(images.size() - 1).delayS();
        int pad = FractionalDelay.HALF_WIDTH + 16 + (bank == null ? 0 : bank.halfLength());
        int earlyLen = (int) Math.min(n, Math.ceil(lastDelay * fs) + pad + receiver.filterTaps(fs));
        BandSink sink = new BandSink(receiver.channelCount(), nb, earlyLen, fs);
        BandSink ref = options.diffuseTail() || withOmni ? new BandSink(1, nb, earlyLen, fs) : null;
        OmniReceiver omni = new OmniReceiver();
        BinauralHrirs hrirs = profile != null && receiver instanceof BinauralReceiver b ? b.hrirs(fs) : null;
        long[] hrirNs = new long[1];
        for (ImageSource img : images) {
            if (hrirs != null) {
                hrirs.place(img, sink, hrirNs);
            } else {
                receiver.addImage(img, sink);
            }
            if (ref != null) {
                omni.addImage(img, ref);
            }
        }
        ZeroPhaseHighPass hp = options.highPassHz() > 0 ? new ZeroPhaseHighPass(options.highPassHz(), fs) : null;
        float[][] out = new float[receiver.channelCount()][n];
        for (int ch = 0; ch < out.length; ch++) {
            double[] early = collapse(sink.buffers[ch], bank);
            for (int i = 0; i < earlyLen; i++) {
                out[ch][i] = (float) early[i];
            }
        }
        float[] omniOut = null;
        if (withOmni) {
            omniOut = new float[n];
            double[] early = collapse(ref.buffers[0], bank);
            for (int i = 0; i < earlyLen; i++) {
                omniOut[i] = (float) early[i];
            }
        }
        long tEarly = profile == null ? 0 : SynthesisProfile.now();
        List<Double> tailT60 = new ArrayList<>();
        double reportedTransition = Double.NaN;
        if (options.diffuseTail()) {
            reportedTransition = transition;
            for (double t : t60) {
                tailT60.add(t);
            }
            addTail(out, omniOut, ref, bank, hp, t60, direct, transition, receiver, seed);
        }
        if (hp != null) {
            for (float[] ch : out) {
                hp.applyInPlace(ch);
            }
            if (omniOut != null) {
                hp.applyInPlace(omniOut);
            }
        }
        if (profile != null) {
            long tEnd = SynthesisProfile.now();
            profile.imagesNs += tImages - tStart;
            profile.hrirNs += hrirNs[0];
            profile.earlyNs += tEarly - tImages - hrirNs[0];
            profile.tailNs += tEnd - tEarly;
            profile.responses++;
            profile.imageSources += images.size();
        }
        RoomImpulseResponse main = new RoomImpulseResponse(new AudioBuffer(out, fs), images, reportedTransition,
                tailT60, seed, options);
        RoomImpulseResponse omniResponse = omniOut == null ? null : new RoomImpulseResponse(
                new AudioBuffer(new float[][] {omniOut}, fs), images, reportedTransition, tailT60, seed, options);
        return new ResponsePair(main, omniResponse);
    }

    private static double[] collapse(double[][] bands, OctaveFilterBank bank) {
        if (bank == null) {
            return bands[0];
        }
        double[] sum = new double[bands[0].length];
        for (int b = 0; b < bands.length; b++) {
            double[] f = bank.filter(bands[b], b);
            for (int i = 0; i < sum.length; i++) {
                sum[i] += f[i];
            }
        }
        return sum;
    }

    private void addTail(float[][] out, float[] omniOut, BandSink ref, OctaveFilterBank bank, ZeroPhaseHighPass hp, double[] t60,
                         double direct, double transition, RoomReceiver receiver, long seed) {
        double[][] mix = receiver.diffuseMixing();
        int fs = options.sampleRateHz();
        int n = out[0].length;
        int i0 = (int) Math.round(transition * fs);
        int nTail = n - i0;
        if (nTail <= 0) {
            return;
        }
        int nb = ref.buffers[0].length;
        int iw0 = (int) Math.round(Math.max(direct + 0.005, transition - LEVEL_WINDOW_S) * fs);
        iw0 = Math.min(iw0, i0 - 1);
        double windowS = (double) (i0 - iw0) / fs;
        double[] amp = new double[nb];
        double[] decay = new double[nb];
        double omniWindow = 0;
        for (int b = 0; b < nb; b++) {
            double[] r = bank == null ? ref.buffers[0][0] : bank.filter(ref.buffers[0][b], b);
            if (hp != null) {
                r = hp.apply(r);
            }
            double e = 0;
            for (int i = iw0; i < i0 && i < r.length; i++) {
                e += r[i] * r[i];
            }
            omniWindow += e;
            e /= (i0 - iw0);
            double t = t60[nb == 1 ? RoomSpec.MID_BAND : b];
            if (!(t > 0)) {
                continue; // fully absorbing walls (Eyring RT60 0): no diffuse field
            }
            double delta = LN_1E6 / t;
            double dw = delta * windowS;
            double e0 = e * dw / Math.expm1(dw);
            double noiseGain = bank == null ? 1 : bank.noiseGain(b);
            amp[b] = noiseGain > 0 ? Math.sqrt(e0 / noiseGain) : 0;
            decay[b] = delta / 2 / fs;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int half = bank == null ? 0 : bank.halfLength();
        int components = mix[0].length;
        double[] tail = new double[nTail];
        double[][] channels = new double[out.length][nTail];
        for (int k = 0; k < components; k++) {
            java.util.Arrays.fill(tail, 0);
            // one white noise per component, split into the bands (which sum to it) with shared FFTs
            float[] noise = new float[nTail + 2 * half];
            for (int i = 0; i < noise.length; i++) {
                noise[i] = (float) rng.nextGaussian();
            }
            float[][] bands = bank == null ? new float[][] {noise} : bank.filterValidAll(noise);
            for (int b = 0; b < nb; b++) {
                if (amp[b] == 0) {
                    continue;
                }
                float[] band = bands[b];
                int off = bank == null ? 0 : 2 * half;
                double g = amp[b];
                double step = Math.exp(-decay[b]);
                for (int i = 0; i < nTail; i++) {
                    tail[i] += g * band[off + i];
                    g *= step;
                }
            }
            if (k == 0 && omniOut != null) {
                // the omni receiver's only diffuse component: the first noise, mixing weight 1
                for (int i = 0; i < nTail; i++) {
                    omniOut[i0 + i] += (float) tail[i];
                }
            }
            for (int ch = 0; ch < out.length; ch++) {
                double m = mix[ch][k];
                if (m == 0) {
                    continue;
                }
                double[] c = channels[ch];
                for (int i = 0; i < nTail; i++) {
                    c[i] += m * tail[i];
                }
            }
        }
        double[] ratio = new double[out.length];
        for (int ch = 0; ch < out.length; ch++) {
            double[] x = new double[i0];
            for (int i = 0; i < i0; i++) {
                x[i] = out[ch][i];
            }
            if (hp != null) {
                x = hp.apply(x);
            }
            double e = 0;
            for (int i = iw0; i < i0; i++) {
                e += x[i] * x[i];
            }
            ratio[ch] = omniWindow > 0 ? e / omniWindow : 1;
        }
        receiver.shapeDiffuse(channels, fs, ratio);
        for (int ch = 0; ch < out.length; ch++) {
            float[] o = out[ch];
            double[] c = channels[ch];
            for (int i = 0; i < nTail; i++) {
                o[i0 + i] += (float) c[i];
            }
        }
    }

    /** Per-channel, per-band accumulation of fractional-delay impulses. */
    private static final class BandSink implements ArrivalSink {
        final double[][][] buffers;
        private final int bands;
        private final int fs;
        private float[] scratch = new float[0];

        BandSink(int channels, int bands, int length, int fs) {
            this.buffers = new double[channels][bands][length];
            this.bands = bands;
            this.fs = fs;
        }

        @Override
        public int sampleRateHz() {
            return fs;
        }

        @Override
        public void addImpulse(int channel, double delayS, double[] bandGains) {
            FractionalDelay.addMulti(buffers[channel], bands, delayS * fs, bandGains, 1);
        }

        @Override
        public void addSamples(int channel, long startSample, double[] bandGains, double[] samples, int count) {
            double[][] outs = buffers[channel];
            int len = outs[0].length;
            int from = (int) Math.max(0, -startSample);
            int to = (int) Math.min(count, len - startSample);
            int off = (int) startSample;
            for (int b = 0; b < bands; b++) {
                double g = bandGains[b];
                if (g == 0) {
                    continue;
                }
                double[] o = outs[b];
                for (int i = from; i < to; i++) {
                    o[off + i] += g * samples[i];
                }
            }
        }

        @Override
        public void addTaps(int channel, long startSample, double[] bandGains, float[] taps) {
            double[][] outs = buffers[channel];
            int len = outs[0].length;
            int from = (int) Math.max(0, -startSample);
            int to = (int) Math.min(taps.length, len - startSample);
            int off = (int) startSample;
            for (int b = 0; b < bands; b++) {
                double g = bandGains[b];
                if (g == 0) {
                    continue;
                }
                double[] o = outs[b];
                for (int i = from; i < to; i++) {
                    o[off + i] += g * taps[i];
                }
            }
        }

        @Override
        public void addFiltered(int channel, double delayS, double[] bandGains, float[] fir) {
            if (scratch.length < fir.length + 2 * FractionalDelay.HALF_WIDTH) {
                scratch = new float[fir.length + 2 * FractionalDelay.HALF_WIDTH];
            }
            FractionalDelay.addFilteredMulti(buffers[channel], bands, delayS * fs, bandGains, fir, scratch);
        }
    }
}
