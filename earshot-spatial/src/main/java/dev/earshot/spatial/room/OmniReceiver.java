package dev.earshot.spatial.room;

/** A single omnidirectional pressure receiver: the mono room impulse response. */
public final class OmniReceiver implements RoomReceiver {

    /** Creates the receiver. */
    public OmniReceiver() {
        // stateless
    }

    /** @return 1 */
    @Override
    public int channelCount() {
        return 1;
    }

    /** Places the image's per-band amplitude at its arrival time. */
    @Override
    public void addImage(ImageSource image, ArrivalSink sink) {
        sink.addImpulse(0, image.delayS(), image.amplitudeByBand());
    }

    /** @return {@code [[1]]}: the omni sees the diffuse pressure directly */
    @Override
    public double[][] diffuseMixing() {
        return new double[][] {{1}};
    }
}
