package dev.earshot.spatial.osc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.illposed.osc.OSCBadDataEvent;
import com.illposed.osc.OSCMessage;
import com.illposed.osc.OSCPacketEvent;
import com.illposed.osc.OSCPacketListener;
import com.illposed.osc.transport.OSCPortIn;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.render.Trajectory;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Loopback only (127.0.0.1): a javaosc receiver on a free port checks what arrives, in order. */
@Timeout(20)
class OscExporterTest {
    private final BlockingQueue<OSCMessage> received = new LinkedBlockingQueue<>();
    private OSCPortIn receiver;
    private int port;

    @BeforeEach
    void startReceiver() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (DatagramSocket probe = new DatagramSocket(0, loopback)) {
            port = probe.getLocalPort();
        }
        receiver = new OSCPortIn(new InetSocketAddress(loopback, port));
        receiver.addPacketListener(new OSCPacketListener() {
            @Override
            public void handlePacket(OSCPacketEvent event) {
                if (event.getPacket() instanceof OSCMessage m) {
                    received.add(m);
                }
            }

            @Override
            public void handleBadData(OSCBadDataEvent event) {
                // counted as missing messages by the assertions
            }
        });
        receiver.startListening();
    }

    @AfterEach
    void stopReceiver() throws IOException {
        receiver.stopListening();
        receiver.close();
    }

    private List<OSCMessage> take(int n) throws InterruptedException {
        List<OSCMessage> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            OSCMessage m = received.poll(5, TimeUnit.SECONDS);
            assertNotNull(m, "message " + i + " of " + n + " did not arrive");
            out.add(m);
        }
        return out;
    }

    @Test
    void trajectoryArrivesInOrderWithSpatConvertedValues() throws Exception {
        // Front to 90 deg left along the horizon, 1 m to 3 m, over 1 s, sampled at 10 Hz: 11 positions.
        Trajectory path = Trajectory.linear(Direction.FRONT, 1, new Direction(90, 0), 3, 1.0);
        try (OscExporter out = new OscExporter(OscTarget.parse("127.0.0.1:" + port), OscPreset.SPAT_REVOLUTION)) {
            assertEquals(11, out.sendTrajectory(2, path, 1.0, 10, OscExporter.Pacing.AS_FAST_AS_POSSIBLE));
        }
        List<OSCMessage> got = take(33);
        for (int k = 0; k <= 10; k++) {
            OSCMessage az = got.get(3 * k);
            OSCMessage el = got.get(3 * k + 1);
            OSCMessage dist = got.get(3 * k + 2);
            assertEquals("/source/2/azim", az.getAddress());
            assertEquals("/source/2/elev", el.getAddress());
            assertEquals("/source/2/dist", dist.getAddress());
            assertEquals(-9.0 * k, (Float) az.getArguments().get(0), 1e-3, "clockwise azimuth at sample " + k);
            assertEquals(0.0, (Float) el.getArguments().get(0), 1e-3);
            assertEquals(1 + 0.2 * k, (Float) dist.getArguments().get(0), 1e-5);
        }
        assertNull(received.poll(100, TimeUnit.MILLISECONDS), "no extra messages");
    }

    @Test
    void realTimePacingSendsEverySample() throws Exception {
        Trajectory still = Trajectory.fixed(new Direction(-45, 10), 2);
        try (OscExporter out = new OscExporter(new OscTarget("127.0.0.1", port), OscPreset.IEM_STEREO_ENCODER)) {
            assertEquals(6, out.sendTrajectory(1, still, 0.05, 100, OscExporter.Pacing.REAL_TIME));
        }
        List<OSCMessage> got = take(12);
        for (int k = 0; k < 6; k++) {
            assertEquals("/StereoEncoder/azimuth", got.get(2 * k).getAddress());
            assertEquals(-45f, got.get(2 * k).getArguments().get(0));
            assertEquals("/StereoEncoder/elevation", got.get(2 * k + 1).getAddress());
            assertEquals(10f, got.get(2 * k + 1).getArguments().get(0));
        }
    }

    @Test
    void sendPositionUsesTheGenericAedMessage() throws Exception {
        try (OscExporter out = new OscExporter(new OscTarget("127.0.0.1", port), OscPreset.EARSHOT)) {
            out.sendPosition(5, Trajectory.fixed(new Direction(30, -5), 1.5).at(0));
        }
        OSCMessage m = take(1).get(0);
        assertEquals("/earshot/source/5/aed", m.getAddress());
        assertEquals(List.of(30f, -5f, 1.5f), m.getArguments());
    }
}
