package dev.earshot.spatial.render.effects;

/** The channel layout of a synthesized reverb impulse response. */
public sealed interface ReverbLayout {

    /** @return the number of output channels */
    int channels();

    /**
     * Two channels (stereo or binaural ears) with a chosen correlation between them.
     *
     * @param interauralCoherence zero-lag correlation coefficient of the two late tails, in [0, 1];
     *                            0 = fully decorrelated (a diffuse field at two ears well apart)
     */
    record Stereo(double interauralCoherence) implements ReverbLayout {
        /** Decorrelated ears (coherence 0). */
        public static final Stereo DECORRELATED = new Stereo(0);

        /** @throws IllegalArgumentException if the coherence is outside [0, 1] */
        public Stereo {
            if (!Double.isFinite(interauralCoherence) || interauralCoherence < 0 || interauralCoherence > 1) {
                throw new IllegalArgumentException("interauralCoherence must be in [0, 1], got " + interauralCoherence);
            }
        }

        @Override
        public int channels() {
            return 2;
        }
    }

    /**
     * Ambisonics, ACN channel order, SN3D normalisation (AmbiX): an isotropic diffuse field, i.e.
     * mutually uncorrelated channels whose energy falls as 1/(2n+1) with the order n (equal energy
     * in N3D).
     *
     * @param order ambisonic order, in [0, 7]
     */
    record Ambisonic(int order) implements ReverbLayout {
        /** @throws IllegalArgumentException if the order is outside [0, 7] */
        public Ambisonic {
            if (order < 0 || order > 7) {
                throw new IllegalArgumentException("ambisonic order must be in [0, 7], got " + order);
            }
        }

        @Override
        public int channels() {
            return (order + 1) * (order + 1);
        }
    }
}
