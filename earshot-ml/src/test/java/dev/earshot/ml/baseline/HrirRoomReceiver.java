package dev.earshot.ml.baseline;

import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrirLookup;
import dev.earshot.spatial.room.ArrivalSink;
import dev.earshot.spatial.room.ImageSource;
import dev.earshot.spatial.room.RoomReceiver;

/**
 * Test-only binaural receiver for the room simulator: every image source is placed through the HRIR pair of its
 * direction of arrival ({@link ArrivalSink#addFiltered}); the diffuse tail reaches the two ears as independent
 * noises (interaural coherence 0, a simplification: a real diffuse field is coherent at low frequencies).
 */
final class HrirRoomReceiver implements RoomReceiver {
    private final HrirLookup lookup;

    HrirRoomReceiver(HrirLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public int channelCount() {
        return 2;
    }

    @Override
    public void addImage(ImageSource image, ArrivalSink sink) {
        Hrir h = lookup.lookup(image.arrival());
        sink.addFiltered(0, image.delayS(), image.amplitudeByBand(), h.left());
        sink.addFiltered(1, image.delayS(), image.amplitudeByBand(), h.right());
    }

    @Override
    public double[][] diffuseMixing() {
        return new double[][] {{1, 0}, {0, 1}};
    }
}
