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
     * Two ear signals whose coherence follows the diffuse-field coherence of two points
     * {@code earSpacingM} apart, {@code gamma(f) = sin(k D) / (k D)} with {@code k = 2 pi f / 343}:
     * nearly coherent at low frequencies, incoherent above about {@code 343 / (2 D)} Hz, as in a
     * reverberant room heard binaurally.
     *
     * @param earSpacingM effective spacing of the two ears in metres, in [0.05, 1]; 0.18 m is typical
     *                    for a head's ear distance (the head's diffraction makes the effective value
     *                    somewhat larger)
     */
    record Binaural(double earSpacingM) implements ReverbLayout {
        /** Effective ear spacing 0.18 m. */
        public static final Binaural HEAD = new Binaural(0.18);

        /** @throws IllegalArgumentException if the spacing is outside [0.05, 1] m */
        public Binaural {
            if (!Double.isFinite(earSpacingM) || earSpacingM < 0.05 || earSpacingM > 1) {
                throw new IllegalArgumentException("earSpacingM must be in [0.05, 1], got " + earSpacingM);
            }
        }

        @Override
        public int channels() {
            return 2;
        }

        /**
         * The target coherence at a frequency.
         *
         * @param frequencyHz frequency in Hz
         * @return sin(kD)/(kD), 1 at 0 Hz
         */
        public double coherence(double frequencyHz) {
            double x = 2 * Math.PI * frequencyHz * earSpacingM / 343.0;
            return x < 1e-9 ? 1 : Math.sin(x) / x;
        }

        /**
         * The mixing angle that gives two independent, equal-energy noises t1, t2 the target coherence:
         * {@code L = cos(th) t1 + sin(th) t2}, {@code R = cos(th) t1 - sin(th) t2} have equal energy and
         * correlation coefficient {@code cos(2 th) = gamma(f)} (negative coherence included).
         *
         * @param frequencyHz frequency in Hz
         * @return {@code th(f) = acos(gamma(f)) / 2} in radians, in [0, pi/2]
         */
        public double mixAngleRad(double frequencyHz) {
            return Math.acos(Math.max(-1, Math.min(1, coherence(frequencyHz)))) / 2;
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
