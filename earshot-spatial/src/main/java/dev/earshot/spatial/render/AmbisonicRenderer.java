package dev.earshot.spatial.render;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.ambisonics.FumaConverter;
import dev.earshot.spatial.ambisonics.SphericalHarmonics;
import dev.earshot.spatial.render.effects.ReverbLayout;

/**
 * Ambisonic encoding of a point source: AmbiX (ACN channel order, SN3D normalisation) at orders 1
 * to 3, or first-order FuMa. Each channel is the (distance-processed) signal times the real
 * spherical harmonic of the source direction ({@link SphericalHarmonics#sn3d}); for a moving source
 * the gains are interpolated per sample between block boundaries. FuMa output goes through
 * {@link FumaConverter} (its plane-wave gains; the reverb through {@code ambixToFuma}). The reverb is an isotropic diffuse field
 * (independent tails per channel, SN3D energy 1/(2n+1)).
 */
public final class AmbisonicRenderer extends ChainRenderer {

    /**
     * @param format  an ambisonic format (FOA, HOA2, HOA3 or FUMA)
     * @param options render options (the HRIR lookup is ignored)
     * @throws IllegalArgumentException if the format is not ambisonic
     */
    public AmbisonicRenderer(RenderFormat format, RenderOptions options) {
        super(options, requireAmbisonic(format), spatialPart(format, options));
    }

    private static RenderFormat requireAmbisonic(RenderFormat format) {
        if (!format.isAmbisonic()) {
            throw new IllegalArgumentException("AmbisonicRenderer needs an ambisonic format, got " + format);
        }
        return format;
    }

    private static RenderChain.SpatialPart spatialPart(RenderFormat format, RenderOptions options) {
        boolean fuma = format == RenderFormat.FUMA;
        int order = format.ambisonicOrder();
        return new RenderChain.SpatialPart() {
            @Override
            public BlockProcessor newStage(boolean moving, int blockSize) {
                return fuma ? new AmbisonicEncodeStage(FumaConverter::fumaGains) : new AmbisonicEncodeStage(order);
            }

            @Override
            public long tailFrames() {
                return 0;
            }

            @Override
            public ReverbLayout reverbLayout() {
                return new ReverbLayout.Ambisonic(order);
            }

            @Override
            public float[][] adaptReverb(float[][] ir) {
                return fuma ? FumaConverter.ambixToFuma(new AudioBuffer(ir, options.sampleRateHz())).samples() : ir;
            }
        };
    }





}
