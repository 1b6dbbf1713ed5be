package dev.earshot.spatial.room;

import dev.earshot.spatial.ambisonics.SphericalHarmonics;

/**
 * A coincident ambisonic receiver of order 1 to 3: each image source is encoded with the real
 * spherical harmonics (ACN channel order, SN3D normalisation, AmbiX) of its direction of arrival in
 * the receiver's frame ({@link SphericalHarmonics#sn3d}). The diffuse tail is independent noise per channel with variance
 * {@code 1/(2n+1)} of the omni energy for a channel of order n, the SN3D diffuse-field statistics.
 */
public final class AmbisonicReceiver implements RoomReceiver {
    private final int order;

    /**
     * @param order ambisonic order, 1 to 3
     * @throws IllegalArgumentException for another order
     */
    public AmbisonicReceiver(int order) {
        if (order < 1 || order > 3) {
            throw new IllegalArgumentException("ambisonic order must be 1, 2 or 3, got " + order);
        }
        this.order = order;
    }

    /** @return the ambisonic order */
    public int order() {
        return order;
    }

    /** @return {@code (order+1)^2} */
    @Override
    public int channelCount() {
        return (order + 1) * (order + 1);
    }

    /** Encodes the image at its arrival time with the SH gains of its arrival direction. */
    @Override
    public void addImage(ImageSource image, ArrivalSink sink) {
        double[] sh = SphericalHarmonics.sn3d(order, image.arrival());
        double[] amp = image.amplitudeByBand();
        double[] g = new double[amp.length];
        for (int ch = 0; ch < sh.length; ch++) {
            if (sh[ch] == 0) {
                continue;
            }
            for (int b = 0; b < amp.length; b++) {
                g[b] = amp[b] * sh[ch];
            }
            sink.addImpulse(ch, image.delayS(), g);
        }
    }

    /** @return a diagonal matrix with {@code sqrt(1/(2n+1))} for each ACN channel of order n */
    @Override
    public double[][] diffuseMixing() {
        int n = channelCount();
        double[][] m = new double[n][n];
        for (int ch = 0; ch < n; ch++) {
            m[ch][ch] = Math.sqrt(1.0 / (2 * (int) Math.floor(Math.sqrt(ch) + 1e-9) + 1));
        }
        return m;
    }
}
