package dev.earshot.spatial.room;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.spatial.geom.Vec3;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The entry point behind {@code earshot room}: renders the impulse response of a shoebox room for one
 * receiver type with the hybrid simulator ({@link SimulationOptions#hybrid}: image sources up to 80 ms,
 * then a seeded diffuse tail) and measures it ({@link RoomReport}); parses {@code x,y,z} option values;
 * draws the energy decay curve.
 */
public final class RoomRender {

    /**
     * A rendered room.
     *
     * @param rir      the impulse response (channels as the receiver type defines them)
     * @param report   the measured and predicted figures
     * @param response the full simulation result (image sources, tail parameters)
     * @param analysis the signal the report was measured on (see {@link RoomReport})
     */
    public record Result(AudioBuffer rir, RoomReport report, RoomImpulseResponse response, float[][] analysis) {
    }

    private RoomRender() {
    }

    /**
     * Renders with the default hybrid options at the request's sample rate.
     *
     * @param request the validated request
     * @return the response and its report
     */
    public static Result render(RoomRenderRequest request) {
        return render(request, SimulationOptions.hybrid(request.sampleRateHz()));
    }

    /**
     * Renders with explicit simulation options.
     *
     * @param request the validated request
     * @param options simulation options; their sample rate must equal the request's
     * @return the response and its report
     * @throws IllegalArgumentException if the sample rates differ
     */
    public static Result render(RoomRenderRequest request, SimulationOptions options) {
        if (options.sampleRateHz() != request.sampleRateHz()) {
            throw new IllegalArgumentException("options rate " + options.sampleRateHz() + " Hz differs from --fs "
                    + request.sampleRateHz());
        }
        RoomSpec room = request.toRoomSpec();
        RoomImpulseResponse r = new RoomSimulator(options).simulate(room, request.receiverType().create(),
                request.seed());
        AudioBuffer rir = r.audio();
        int fs = rir.sampleRateHz();
        float[][] analysis = switch (request.receiverType()) {
            case OMNI, FOA -> new float[][] {rir.channel(0)};
            case AFORMAT -> new float[][] {TetrahedralArrayReceiver.toBFormat(rir).channel(0)};
            case BINAURAL -> new float[][] {rir.channel(0), rir.channel(1)};
        };
        RoomReport report = new RoomReport(
                1000 * mean(analysis, h -> RoomAnalysis.t30S(h, fs)),
                1000 * mean(analysis, h -> RoomAnalysis.t20S(h, fs)),
                1000 * mean(analysis, h -> RoomAnalysis.edtS(h, fs)),
                mean(analysis, h -> RoomAnalysis.drrDb(h, fs)),
                mean(analysis, h -> RoomAnalysis.c50Db(h, fs)),
                1000 * room.sabineRt60S(), 1000 * room.eyringRt60S(), request.alpha(), request.receiverType(), fs,
                rir.channels(), (double) rir.frames() / fs, r.imageSources().size(), request.seed());
        return new Result(rir, report, r, analysis);
    }

    /** Mean of a measure over the analysis channels; NaN when any cannot be measured. */
    private static double mean(float[][] channels, ToDoubleFunction<float[]> measure) {
        double sum = 0;
        for (float[] h : channels) {
            try {
                sum += measure.applyAsDouble(h);
            } catch (IllegalArgumentException e) {
                return Double.NaN;
            }
        }
        return sum / channels.length;
    }

    /**
     * Parses an {@code x,y,z} option value (three comma-separated finite numbers, spaces allowed).
     *
     * @param option the option name for error messages, e.g. {@code --source}
     * @param text   the value
     * @return the vector
     * @throws RoomInputException naming the option if the text is missing, has another number of
     *                            parts, or a part is not a finite number
     */
    public static Vec3 parseXyz(String option, String text) {
        if (text == null || text.isBlank()) {
            throw new RoomInputException(option, "expected x,y,z in metres, got nothing");
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            throw new RoomInputException(option, "expected three comma-separated numbers x,y,z in metres, got '"
                    + text + "' (" + parts.length + " part" + (parts.length == 1 ? "" : "s") + ")");
        }
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            String p = parts[i].trim();
            try {
                v[i] = Double.parseDouble(p);
            } catch (NumberFormatException e) {
                throw new RoomInputException(option, "coordinate " + "xyz".charAt(i) + " '" + p
                        + "' is not a number (in '" + text + "')");
            }
            if (!Double.isFinite(v[i]) || p.isEmpty()) {
                throw new RoomInputException(option, "coordinate " + "xyz".charAt(i) + " must be a finite number, got '"
                        + p + "'");
            }
        }
        return new Vec3(v[0], v[1], v[2]);
    }

    /**
     * Writes the Schroeder energy decay curve of the first analysis channel with its T30 fit (or T20,
     * or EDT, whichever the decay allows) as a PNG, atomically.
     *
     * @param target PNG file
     * @param result a rendered room
     * @throws IOException if the file cannot be written
     * @throws IllegalArgumentException if the response does not even decay by 10 dB
     */
    public static void writeDecayPlot(Path target, Result result) throws IOException {
        float[] h = result.analysis()[0];
        int fs = result.rir().sampleRateHz();
        DecayFit fit = null;
        for (double[] range : new double[][] {{-5, -35}, {-5, -25}, {0, -10}}) {
            try {
                fit = RoomAnalysis.fitDecay(h, fs, range[0], range[1]);
                break;
            } catch (IllegalArgumentException e) {
                // try the next, shorter range
            }
        }
        if (fit == null) {
            throw new IllegalArgumentException("the response does not decay by 10 dB: no decay plot for " + target);
        }
        RoomReport r = result.report();
        String title = String.format(Locale.ROOT, "%s, alpha %.3f, %d Hz", r.receiverType().optionName(), r.alpha(),
                r.sampleRateHz());
        DecayPlot.writePng(target, h, fs, fit, title);
    }
}
