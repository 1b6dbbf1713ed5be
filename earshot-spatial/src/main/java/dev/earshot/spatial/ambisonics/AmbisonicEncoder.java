package dev.earshot.spatial.ambisonics;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.Trajectory;
import java.util.ArrayList;
import java.util.List;

/**
 * Encodes a mono signal as a plane wave into an ambisonic signal of {@code (order + 1)^2} channels in
 * AmbiX format (ACN order, SN3D): channel {@code n} is the input times
 * {@link SphericalHarmonics#sn3d(int, Direction) Y_n(direction)}. Directions use Earshot's convention
 * (+azimuth = left). Distance is not modelled here (no gain, delay or near-field filter).
 *
 * <p>For moving sources the gains are computed at block boundaries and interpolated linearly per sample
 * in between, so that the encoded signal has no steps (clicks) when the direction changes.
 */
public final class AmbisonicEncoder {
    /** Default block length for trajectories: 64 frames (1.3 ms at 48 kHz). */
    public static final int DEFAULT_BLOCK_FRAMES = 64;

    private AmbisonicEncoder() {
    }

    /**
     * Encodes a source at a fixed direction.
     *
     * @param mono      one-channel input
     * @param order     ambisonic order
     * @param direction the source direction (Earshot convention)
     * @return an AmbiX buffer with {@code order.channels()} channels, same length and rate as the input
     * @throws IllegalArgumentException if the input is not mono or an argument is null
     */
    public static AudioBuffer encode(AudioBuffer mono, AmbisonicOrder order, Direction direction) {
        float[] x = monoSamples(mono);
        requireNonNull(order, "order");
        requireNonNull(direction, "direction");
        double[] g = SphericalHarmonics.sn3d(order.order(), direction);
        float[][] out = new float[g.length][x.length];
        for (int n = 0; n < g.length; n++) {
            float[] ch = out[n];
            double gn = g[n];
            for (int i = 0; i < x.length; i++) {
                ch[i] = (float) (gn * x[i]);
            }
        }
        return new AudioBuffer(out, mono.sampleRateHz());
    }

    /**
     * Encodes a source whose direction is given at block boundaries: {@code boundaryDirections.get(k)}
     * is the direction at frame {@code k * blockFrames}. The gains of frame {@code i} with
     * {@code k * blockFrames <= i < (k + 1) * blockFrames} are interpolated linearly between the gains of
     * boundaries {@code k} and {@code k + 1}; after the last boundary the gains stay at its values. For a
     * smooth end, give {@code ceil(frames / blockFrames) + 1} boundaries.
     *
     * @param mono               one-channel input
     * @param order              ambisonic order
     * @param boundaryDirections directions at frames 0, blockFrames, 2 blockFrames ... (at least one)
     * @param blockFrames        frames between boundaries, positive
     * @return an AmbiX buffer with {@code order.channels()} channels, same length and rate as the input
     * @throws IllegalArgumentException if the input is not mono, the list is empty or has nulls, or
     *                                  {@code blockFrames} is not positive
     */
    public static AudioBuffer encodeBlocks(AudioBuffer mono, AmbisonicOrder order, List<Direction> boundaryDirections,
                                           int blockFrames) {
        float[] x = monoSamples(mono);
        requireNonNull(order, "order");
        if (boundaryDirections == null || boundaryDirections.isEmpty()) {
            throw new IllegalArgumentException("boundaryDirections must hold at least one direction");
        }
        if (blockFrames <= 0) {
            throw new IllegalArgumentException("blockFrames must be positive, got " + blockFrames);
        }
        int channels = order.channels();
        int boundaries = boundaryDirections.size();
        double[][] gains = new double[boundaries][channels];
        for (int k = 0; k < boundaries; k++) {
            Direction d = boundaryDirections.get(k);
            if (d == null) {
                throw new IllegalArgumentException("boundaryDirections[" + k + "] is null");
            }
            SphericalHarmonics.sn3d(order.order(), Math.toRadians(d.azimuthDeg()), Math.toRadians(d.elevationDeg()),
                    gains[k]);
        }
        float[][] out = new float[channels][x.length];
        for (int start = 0, k = 0; start < x.length; start += blockFrames, k++) {
            int end = Math.min(x.length, start + blockFrames);
            double[] g0 = gains[Math.min(k, boundaries - 1)];
            double[] g1 = gains[Math.min(k + 1, boundaries - 1)];
            for (int n = 0; n < channels; n++) {
                float[] ch = out[n];
                double a = g0[n];
                double step = (g1[n] - a) / blockFrames;
                for (int i = start; i < end; i++) {
                    ch[i] = (float) ((a + step * (i - start)) * x[i]);
                }
            }
        }
        return new AudioBuffer(out, mono.sampleRateHz());
    }

    /**
     * Encodes a source whose direction is given for every frame.
     *
     * @param mono         one-channel input
     * @param order        ambisonic order
     * @param azimuthDeg   azimuth per frame in degrees (+left), same length as the input
     * @param elevationDeg elevation per frame in degrees (+up), same length as the input
     * @return an AmbiX buffer with {@code order.channels()} channels, same length and rate as the input
     * @throws IllegalArgumentException if the input is not mono or the arrays have the wrong length
     */
    public static AudioBuffer encodePerSample(AudioBuffer mono, AmbisonicOrder order, double[] azimuthDeg,
                                              double[] elevationDeg) {
        float[] x = monoSamples(mono);
        requireNonNull(order, "order");
        if (azimuthDeg == null || elevationDeg == null || azimuthDeg.length != x.length
                || elevationDeg.length != x.length) {
            throw new IllegalArgumentException("azimuthDeg and elevationDeg must each hold one value per frame ("
                    + x.length + ")");
        }
        int channels = order.channels();
        float[][] out = new float[channels][x.length];
        double[] g = new double[channels];
        for (int i = 0; i < x.length; i++) {
            SphericalHarmonics.sn3d(order.order(), Math.toRadians(azimuthDeg[i]), Math.toRadians(elevationDeg[i]), g);
            for (int n = 0; n < channels; n++) {
                out[n][i] = (float) (g[n] * x[i]);
            }
        }
        return new AudioBuffer(out, mono.sampleRateHz());
    }

    /**
     * Encodes a source moving along a trajectory (direction only; the trajectory's distance is ignored).
     * The trajectory is sampled at every block boundary, time {@code k * blockFrames / sampleRateHz}, and
     * the gains are interpolated as in {@link #encodeBlocks}.
     *
     * @param mono        one-channel input
     * @param order       ambisonic order
     * @param trajectory  the source path; time 0 is the first frame
     * @param blockFrames frames between direction updates, positive (e.g. {@link #DEFAULT_BLOCK_FRAMES})
     * @return an AmbiX buffer with {@code order.channels()} channels, same length and rate as the input
     */
    public static AudioBuffer encode(AudioBuffer mono, AmbisonicOrder order, Trajectory trajectory, int blockFrames) {
        float[] x = monoSamples(mono);
        requireNonNull(trajectory, "trajectory");
        if (blockFrames <= 0) {
            throw new IllegalArgumentException("blockFrames must be positive, got " + blockFrames);
        }
        int boundaries = (x.length + blockFrames - 1) / blockFrames + 1;
        List<Direction> dirs = new ArrayList<>(boundaries);
        double rate = mono.sampleRateHz();
        for (int k = 0; k < boundaries; k++) {
            dirs.add(trajectory.at((double) k * blockFrames / rate).direction());
        }
        return encodeBlocks(mono, order, dirs, blockFrames);
    }

    private static float[] monoSamples(AudioBuffer mono) {
        if (mono == null) {
            throw new IllegalArgumentException("input buffer is required");
        }
        if (mono.channels() != 1) {
            throw new IllegalArgumentException("ambisonic encoding needs a mono input, got " + mono.channels()
                    + " channels");
        }
        return mono.channel(0);
    }

    private static void requireNonNull(Object o, String name) {
        if (o == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
