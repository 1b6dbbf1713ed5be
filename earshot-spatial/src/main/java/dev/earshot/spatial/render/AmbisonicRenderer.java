package dev.earshot.spatial.render;

import dev.earshot.spatial.ambisonics.SphericalHarmonics;
import java.util.function.UnaryOperator;

/**
 * Ambisonic encoding of a point source: AmbiX (ACN channel order, SN3D normalisation) at orders 1
 * to 3, or first-order FuMa. Each channel is the (distance-processed) signal times the real
 * spherical harmonic of the source direction ({@link SphericalHarmonics#sn3d}); for a moving source
 * the gains are interpolated per sample between block boundaries.
 */
public final class AmbisonicRenderer implements Renderer {
    private final RenderOptions options;
    private final RenderFormat format;
    private final RenderChain.SpatialPart part;

    /**
     * @param format  an ambisonic format (FOA, HOA2, HOA3 or FUMA)
     * @param options render options
     * @throws IllegalArgumentException if the format is not ambisonic
     */
    public AmbisonicRenderer(RenderFormat format, RenderOptions options) {
        if (!format.isAmbisonic()) {
            throw new IllegalArgumentException("AmbisonicRenderer needs an ambisonic format, got " + format);
        }
        this.format = format;
        this.options = options;
        UnaryOperator<double[]> convention = format == RenderFormat.FUMA ? AmbisonicRenderer::toFuma : g -> g;
        this.part = new RenderChain.SpatialPart() {
            @Override
            public BlockProcessor stage(SpatialParams params) {
                return new AmbisonicEncodeStage(format.ambisonicOrder(), convention);
            }

            @Override
            public long tailFrames(SpatialParams params) {
                return 0;
            }
        };
    }

    /** AmbiX first-order gains (W, Y, Z, X; SN3D) to FuMa (W/&radic;2, X, Y, Z). */
    static double[] toFuma(double[] ambix) {
        return new double[] {ambix[0] / Math.sqrt(2), ambix[3], ambix[1], ambix[2]};
    }

    @Override
    public RenderFormat format() {
        return format;
    }

    @Override
    public int sampleRateHz() {
        return options.sampleRateHz();
    }

    @Override
    public long tailFrames(SpatialParams params) {
        return RenderChain.tailFrames(options, params, part);
    }

    @Override
    public long render(BlockSource source, SpatialParams params, BlockSink sink, RenderProgress progress) {
        return RenderChain.run(options, format, source, params, part, sink, progress);
    }
}
