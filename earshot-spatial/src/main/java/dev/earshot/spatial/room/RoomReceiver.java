package dev.earshot.spatial.room;

/**
 * A receiver of room impulse responses: turns each image source (arrival time, per-band amplitude,
 * direction of arrival in the receiver frame) into contributions to its output channels, and says how
 * a diffuse late field appears in its channels. Implementations: {@link OmniReceiver},
 * {@link AmbisonicReceiver}, {@link TetrahedralArrayReceiver}; a binaural receiver plugs in by placing
 * direction-dependent HRIRs through {@link ArrivalSink#addFiltered}.
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
}
