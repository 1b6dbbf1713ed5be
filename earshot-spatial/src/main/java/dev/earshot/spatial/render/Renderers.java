package dev.earshot.spatial.render;

/** Creates the {@link Renderer} for an output format. */
public final class Renderers {
    private Renderers() {
    }

    /**
     * @param format  the output format
     * @param options render options (sample rate, block size, HRIRs, reverb seed, distance effects)
     * @return a {@link StereoRenderer}, {@link BinauralRenderer} or {@link AmbisonicRenderer}
     * @throws IllegalArgumentException if the options do not suit the format (e.g. unusable HRIRs)
     */
    public static Renderer create(RenderFormat format, RenderOptions options) {
        return switch (format) {
            case STEREO -> new StereoRenderer(options);
            case BINAURAL -> new BinauralRenderer(options);
            case FOA, HOA2, HOA3, FUMA -> new AmbisonicRenderer(format, options);
        };
    }
}
