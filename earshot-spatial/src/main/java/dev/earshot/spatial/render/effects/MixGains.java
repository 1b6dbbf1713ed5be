package dev.earshot.spatial.render.effects;

/**
 * How the renderer combines the dry (direct) render with the reverb:
 * {@code out = directGain * dry + reverbGain * (source convolved with the reverb IR)}, where the
 * reverb IR comes from {@link ParametricReverb#impulseResponse} (normalised so that its reverberant
 * energy equals the direct energy of a unit point source in the same layout).
 *
 * @param directGain gain on the direct path, at least 0
 * @param reverbGain gain on the reverb path, at least 0
 */
public record MixGains(double directGain, double reverbGain) {
    /** @throws IllegalArgumentException if a gain is negative or not finite */
    public MixGains {
        if (!Double.isFinite(directGain) || directGain < 0) {
            throw new IllegalArgumentException("directGain must be >= 0, got " + directGain);
        }
        if (!Double.isFinite(reverbGain) || reverbGain < 0) {
            throw new IllegalArgumentException("reverbGain must be >= 0, got " + reverbGain);
        }
    }

    /**
     * @return the direct-to-reverberant energy ratio in dB this mix produces with a normalised IR
     *     (+infinity when there is no reverb)
     */
    public double drrDb() {
        return 20 * Math.log10(directGain / reverbGain);
    }
}
