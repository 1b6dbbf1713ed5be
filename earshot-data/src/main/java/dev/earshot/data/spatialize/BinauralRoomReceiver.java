package dev.earshot.data.spatialize;

import dev.earshot.spatial.hrtf.Hrir;
import dev.earshot.spatial.hrtf.HrirLookup;
import dev.earshot.spatial.room.ArrivalSink;
import dev.earshot.spatial.room.ImageSource;
import dev.earshot.spatial.room.RoomReceiver;

/**
 * A binaural receiver for the room simulator: every image source is placed through the HRIR pair of its
 * arrival direction (channel 0 = left ear, 1 = right ear), scaled by its per-band amplitude. The diffuse
 * tail reaches each ear as independent noise scaled by the RMS diffuse-field gain of that ear's HRIRs
 * (the root mean HRIR energy over the measured directions); its interaural coherence and HRTF colouring
 * are not modelled.
 */
public final class BinauralRoomReceiver implements RoomReceiver {
    private final HrirLookup lookup;
    private final double[][] mixing;

    /**
     * @param lookup HRIR lookup at the simulation's sample rate
     * @param diffuseGainLeft  RMS diffuse-field gain of the left-ear HRIRs
     * @param diffuseGainRight RMS diffuse-field gain of the right-ear HRIRs
     */
    BinauralRoomReceiver(HrirLookup lookup, double diffuseGainLeft, double diffuseGainRight) {
        this.lookup = lookup;
        this.mixing = new double[][] {{diffuseGainLeft, 0}, {0, diffuseGainRight}};
    }

    /**
     * The receiver with the built-in KEMAR set at a sample rate.
     *
     * @param sampleRateHz the simulation's sample rate in Hz
     * @return the receiver
     */
    public static BinauralRoomReceiver kemar(int sampleRateHz) {
        HrirLookup l = HrirTables.kemar(sampleRateHz);
        double[] g = DiffuseGains.of(sampleRateHz);
        return new BinauralRoomReceiver(l, g[0], g[1]);
    }

    /** @return 2 (left, right) */
    @Override
    public int channelCount() {
        return 2;
    }

    /** Places the HRIR pair of the image's arrival direction at its arrival time. */
    @Override
    public void addImage(ImageSource image, ArrivalSink sink) {
        Hrir h = lookup.lookup(image.arrival());
        double[] amp = image.amplitudeByBand();
        sink.addFiltered(0, image.delayS(), amp, h.left());
        sink.addFiltered(1, image.delayS(), amp, h.right());
    }

    /** @return a diagonal matrix of the two ears' RMS diffuse-field gains */
    @Override
    public double[][] diffuseMixing() {
        return new double[][] {mixing[0].clone(), mixing[1].clone()};
    }
}
