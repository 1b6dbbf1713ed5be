package dev.earshot.spatial.osc;

import com.illposed.osc.OSCMessage;
import com.illposed.osc.OSCSerializeException;
import com.illposed.osc.transport.OSCPortOut;
import dev.earshot.spatial.render.Keyframe;
import dev.earshot.spatial.render.SpatialParams;
import dev.earshot.spatial.render.Trajectory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends source parameters and trajectories to an OSC host over UDP, in a preset's address space and
 * convention. Not thread-safe; close it when done.
 */
public final class OscExporter implements AutoCloseable {

    /** How a trajectory is timed. */
    public enum Pacing {
        /** Each sample at its own time after the start (absolute deadlines, so no drift accumulates). */
        REAL_TIME,
        /** All samples back to back (tests, offline hosts). */
        AS_FAST_AS_POSSIBLE
    }

    private final OscTarget target;
    private final OscPreset preset;
    private final OSCPortOut port;

    /**
     * Opens a UDP sender.
     *
     * @param target where to send
     * @param preset the host's address space and convention
     * @throws IOException if the socket cannot be opened or the host not resolved
     */
    public OscExporter(OscTarget target, OscPreset preset) throws IOException {
        if (target == null || preset == null) {
            throw new IllegalArgumentException("target and preset are required");
        }
        this.target = target;
        this.preset = preset;
        InetSocketAddress address = new InetSocketAddress(target.host(), target.port());
        if (address.isUnresolved()) {
            throw new IOException("OSC target " + target + ": host '" + target.host() + "' cannot be resolved");
        }
        this.port = new OSCPortOut(address);
    }

    /** @return the target */
    public OscTarget target() {
        return target;
    }

    /** @return the preset */
    public OscPreset preset() {
        return preset;
    }

    /**
     * Sends a source position.
     *
     * @param sourceNumber 1-based source number
     * @param position     the position
     * @return the number of messages sent
     * @throws IOException if sending fails
     */
    public int sendPosition(int sourceNumber, Keyframe position) throws IOException {
        return send(preset.messages(sourceNumber, position).toArray(new OSCMessage[0]));
    }

    /**
     * Sends all of a source's parameters at a time on its trajectory.
     *
     * @param sourceNumber 1-based source number
     * @param params       the source parameters
     * @param timeS        time on the trajectory, seconds
     * @return the number of messages sent
     * @throws IOException if sending fails
     */
    public int sendParams(int sourceNumber, SpatialParams params, double timeS) throws IOException {
        return send(preset.messages(sourceNumber, params, timeS).toArray(new OSCMessage[0]));
    }

    /**
     * Sends a trajectory sampled at a fixed rate: positions at times {@code k / rateHz} for
     * {@code k = 0 .. floor(durationS * rateHz)}.
     *
     * @param sourceNumber 1-based source number
     * @param trajectory   the path
     * @param durationS    how long to sample, seconds, at least 0
     * @param rateHz       samples per second, in (0, 1000]
     * @param pacing       real time or as fast as possible
     * @return the number of positions sent
     * @throws IOException          if sending fails
     * @throws InterruptedException if interrupted while waiting for the next sample time
     */
    public int sendTrajectory(int sourceNumber, Trajectory trajectory, double durationS, double rateHz, Pacing pacing)
            throws IOException, InterruptedException {
        if (trajectory == null || pacing == null) {
            throw new IllegalArgumentException("trajectory and pacing are required");
        }
        if (!Double.isFinite(durationS) || durationS < 0) {
            throw new IllegalArgumentException("durationS must be >= 0, got " + durationS);
        }
        if (!(rateHz > 0 && rateHz <= 1000)) {
            throw new IllegalArgumentException("rateHz must be in (0, 1000], got " + rateHz);
        }
        long count = (long) Math.floor(durationS * rateHz + 1e-9) + 1;
        long start = System.nanoTime();
        for (long k = 0; k < count; k++) {
            double t = k / rateHz;
            if (pacing == Pacing.REAL_TIME) {
                long deadline = start + (long) (t * 1e9);
                long wait;
                while ((wait = deadline - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                    if (Thread.interrupted()) {
                        throw new InterruptedException("OSC trajectory export interrupted");
                    }
                }
            }
            sendPosition(sourceNumber, trajectory.at(t));
        }
        return (int) count;
    }

    private int send(OSCMessage[] messages) throws IOException {
        for (OSCMessage m : messages) {
            try {
                port.send(m);
            } catch (OSCSerializeException e) {
                throw new IOException("OSC message " + m.getAddress() + " to " + target + " could not be encoded", e);
            }
        }
        return messages.length;
    }

    /** Closes the socket. */
    @Override
    public void close() throws IOException {
        port.close();
    }
}
