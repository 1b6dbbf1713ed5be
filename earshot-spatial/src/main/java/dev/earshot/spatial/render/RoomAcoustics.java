package dev.earshot.spatial.render;

/**
 * How reverberant the space around a source is, for the parametric late reverb: either a
 * direct-to-reverberant ratio or a reverberation time. (The image-source room simulator supplies
 * measured impulse responses instead.)
 */
public sealed interface RoomAcoustics {

    /** No room: an anechoic render (the wet mix is ignored). */
    record Anechoic() implements RoomAcoustics {
    }

    /**
     * A room given by its direct-to-reverberant ratio; the decay time defaults to 0.8 s.
     *
     * @param drrDb direct-to-reverberant energy ratio in dB, in [-30, 30]
     */
    record Drr(double drrDb) implements RoomAcoustics {
        /** @throws IllegalArgumentException if out of range or not finite */
        public Drr {
            if (!Double.isFinite(drrDb) || drrDb < -30 || drrDb > 30) {
                throw new IllegalArgumentException("drrDb must be in [-30, 30] dB, got " + drrDb);
            }
        }
    }

    /**
     * A room given by its reverberation time.
     *
     * @param rt60S time for the energy to decay by 60 dB, in seconds, in [0.05, 20]
     */
    record Rt60(double rt60S) implements RoomAcoustics {
        /** @throws IllegalArgumentException if out of range or not finite */
        public Rt60 {
            if (!Double.isFinite(rt60S) || rt60S < 0.05 || rt60S > 20) {
                throw new IllegalArgumentException("rt60S must be in [0.05, 20] s, got " + rt60S);
            }
        }
    }
}
