package dev.earshot.spatial.render;

import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.effects.ReverbLayout;

/**
 * Loudspeaker stereo: an equal-power pan plus a Woodworth interaural time difference.
 *
 * <p>Pan law (text2hoa's, with Earshot's +azimuth = left): p = (&theta; + 90&deg;) / 180&deg;
 * &middot; &pi;/2 where &theta; is the lateral angle in [-90&deg;, 90&deg;]; left gain = sin p,
 * right gain = cos p. So +90&deg; gives (1, 0), 0&deg; gives (&radic;&frac12;, &radic;&frac12;) and
 * -90&deg; gives (0, 1).
 *
 * <p>Interaural time difference: Woodworth's spherical head,
 * ITD = r / c &middot; (|&theta;| + sin |&theta;|) with r = {@value #HEAD_RADIUS_M} m, at most
 * about 0.656 ms at &plusmn;90&deg;, applied as a fractional delay on the far ear (the right ear for a
 * source on the left).
 *
 * <p>The fold: stereo cannot show front/back or elevation, so the direction is reduced to its
 * lateral angle &theta; = asin(y) of its unit vector (y = left). A source behind is mirrored to the
 * front (azimuth 150&deg; acts as 30&deg;), and elevation pulls a source toward the centre
 * (azimuth 90&deg; at elevation 60&deg; acts as 30&deg;); straight up or down is centred.
 */
public final class StereoRenderer extends ChainRenderer {
    /** Head radius of the Woodworth ITD model, metres. */
    public static final double HEAD_RADIUS_M = 0.0875;
    /** Largest interaural time difference, seconds (at &plusmn;90&deg;). */
    public static final double MAX_ITD_S = HEAD_RADIUS_M / RenderOptions.SPEED_OF_SOUND_MPS * (Math.PI / 2 + 1);

    /** @param options render options (the HRIR lookup is ignored) */
    public StereoRenderer(RenderOptions options) {
        super(options, RenderFormat.STEREO, new RenderChain.SpatialPart() {
            @Override
            public BlockProcessor newStage(boolean moving, int blockSize) {
                return new StereoPanStage(options.sampleRateHz());
            }

            @Override
            public long tailFrames() {
                return (long) Math.ceil(MAX_ITD_S * options.sampleRateHz()) + 1;
            }

            @Override
            public ReverbLayout reverbLayout() {
                return ReverbLayout.Stereo.DECORRELATED;
            }
        });
    }






    /** Lateral angle in radians, [-&pi;/2, &pi;/2], +left: asin of the unit vector's y. */
    static double lateralAngleRad(Direction d) {
        return Math.asin(Math.max(-1, Math.min(1, d.unitVector().y())));
    }

    /** Pan angle p in [0, &pi;/2] for a lateral angle: left gain sin p, right gain cos p. */
    static double panAngleRad(double lateralRad) {
        return (lateralRad + Math.PI / 2) / 2;
    }

    /** Woodworth ITD in seconds for a lateral angle (sign ignored). */
    static double woodworthItdS(double lateralRad) {
        double t = Math.abs(lateralRad);
        return HEAD_RADIUS_M / RenderOptions.SPEED_OF_SOUND_MPS * (t + Math.sin(t));
    }
}
