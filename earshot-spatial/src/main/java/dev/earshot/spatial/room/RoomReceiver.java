package dev.earshot.spatial.room;

/**
 * A receiver of room impulse responses: turns each image source (arrival time, per-band amplitude,
 * direction of arrival in the receiver frame) into contributions to its output channels, and says how
 * a diffuse late field appears in its channels. Implementations: {@link OmniReceiver},
 * {@link AmbisonicReceiver}, {@link TetrahedralArrayReceiver} and {@link BinauralReceiver} (which places
 * direction-dependent HRIRs through {@link ArrivalSink#addFiltered} and shapes its tail with
 * {@link #shapeDiffuse}).
 */
public interface RoomReceiver {

    /** @return the number of output channels */
    int channelCount();

    /**
     * Adds one image source.
     *
     * @param image the image source (its {@code relativePositionM} and {@code arrival} are already in
     *              this receiver's frame)
     * @param sink  where to write
     */
    void addImage(ImageSource image, ArrivalSink sink);

    /**
     * How an isotropic diffuse field reaches the channels: channel {@code c} receives
     * {@code sum_k M[c][k] n_k} where the {@code n_k} are independent noises whose variance equals the
     * diffuse field's pressure energy at an omni receiver.
     *
     * @return the mixing matrix {@code M}, {@code [channelCount][components]}
     */
    double[][] diffuseMixing();

    /**
     * The longest FIR this receiver passes to {@link ArrivalSink#addFiltered} at a rate, so the
     * simulator keeps room for it after the last arrival.
     *
     * @param sampleRateHz sample rate in Hz
     * @return the number of taps, 0 for receivers that only place impulses
     */
    default int filterTaps(int sampleRateHz) {
        return 0;
    }

    /**
     * Final, possibly frequency-dependent shaping of the diffuse tail: called once per response with
     * every channel's tail as {@link #diffuseMixing()} produced it ({@code [channel][sample]}, sample 0
     * at the transition time, omni diffuse level), to be modified in place. The default leaves it
     * unchanged (receivers whose diffuse field is fully described by the mixing matrix).
     *
     * @param tail              the tail per channel, modified in place
     * @param sampleRateHz      sample rate in Hz
     * @param earlyToOmniEnergy per channel, the energy of this receiver's early response over the
     *                          energy of the omni early response, both in the level window just before
     *                          the transition (how loud the image field is in each channel relative to
     *                          the omni level the tail was matched to)
     */
    default void shapeDiffuse(double[][] tail, int sampleRateHz, double[] earlyToOmniEnergy) {
        // frequency-independent receivers need nothing more
    }
}
