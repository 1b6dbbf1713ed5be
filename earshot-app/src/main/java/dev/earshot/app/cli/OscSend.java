package dev.earshot.app.cli;

import dev.earshot.spatial.osc.OscExporter;
import dev.earshot.spatial.osc.OscPreset;
import dev.earshot.spatial.osc.OscTarget;
import dev.earshot.spatial.render.SpatialParams;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/** Sends a render's parameters or trajectory over OSC (the CLI's {@code --osc HOST:PORT}). */
final class OscSend {
    private OscSend() {
    }

    static int send(String target, String presetName, SpatialParams params, double rateHz, double durationS,
                    boolean realTime, PrintWriter log) throws IOException {
        OscTarget t = OscTarget.parse(target);
        OscPreset preset = OscPreset.named(presetName);
        int sent;
        try (OscExporter exporter = new OscExporter(t, preset)) {
            if (params.trajectory().isStatic()) {
                sent = exporter.sendParams(1, params, 0);
            } else {
                try {
                    sent = exporter.sendTrajectory(1, params.trajectory(), durationS, rateHz,
                            realTime ? OscExporter.Pacing.REAL_TIME : OscExporter.Pacing.AS_FAST_AS_POSSIBLE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while sending OSC to " + t, e);
                }
            }
        }
        if (log != null) {
            log.printf(Locale.ROOT, "earshot: sent %d OSC messages to %s (preset %s)%n", sent, t, preset.name());
        }
        return sent;
    }
}
