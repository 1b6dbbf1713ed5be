package dev.earshot.app.cli;

import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import dev.earshot.audio.npy.Npy;
import dev.earshot.audio.npy.NpyDtype;
import dev.earshot.spatial.room.RoomRender;
import dev.earshot.spatial.room.RoomRenderRequest;
import dev.earshot.spatial.room.RoomReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code earshot room}: simulates a shoebox room's impulse response (image sources + diffuse tail) for
 * one source and receiver, writes it as WAV or .npy and reports T30, EDT, DRR, C50 and the Sabine/Eyring
 * predictions.
 */
@Command(name = "room", mixinStandardHelpOptions = true,
        description = {"Simulate a shoebox room impulse response (image-source method + diffuse tail).",
                "Room coordinates in metres: x along the first dimension, y the second, z up; the receiver faces +x."})
public final class RoomCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--dims", required = true, paramLabel = "X,Y,Z", description = "room size in metres")
    String dims;

    @Option(names = "--absorption", description = "energy absorption coefficient of every wall, (0, 1]")
    Double absorption;

    @Option(names = "--rt60", description = "target reverberation time in seconds (absorption by inverse Eyring)")
    Double rt60S;

    @Option(names = "--source", required = true, paramLabel = "X,Y,Z", description = "source position in metres")
    String source;

    @Option(names = "--receiver", required = true, paramLabel = "X,Y,Z", description = "receiver position in metres")
    String receiver;

    @Option(names = "--receiver-type", defaultValue = "omni", description = "omni | binaural | foa | aformat (default ${DEFAULT-VALUE})")
    String receiverType;

    @Option(names = "--fs", defaultValue = "48000", description = "sample rate in Hz (default ${DEFAULT-VALUE})")
    int fs;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the diffuse tail (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.wav|OUT.npy", description = "impulse response file")
    Path output;

    @Option(names = "--plot", paramLabel = "FILE.png", description = "also draw the energy decay curve with its T30 fit")
    Path plot;

    @Option(names = "--json", description = "print one JSON object (t30_ms, edt_ms, drr_db, c50_db, rt60_sabine_ms, rt60_eyring_ms, ...)")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if ((absorption == null) == (rt60S == null)) {
            throw new UserInputException("give exactly one of --absorption or --rt60");
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".wav") && !name.endsWith(".npy")) {
            throw new UserInputException("-o: expected a .wav or .npy file name, got " + output);
        }
        RoomRenderRequest request = RoomRenderRequest.fromOptions(dims, absorption, rt60S, source, receiver,
                receiverType, fs, seed);
        RoomRender.Result r = RoomRender.render(request);
        if (name.endsWith(".npy")) {
            Npy.writeMatrix(output, r.rir().samples(), NpyDtype.FLOAT64);
        } else {
            AudioFiles.writeWav(output, r.rir(), WavEncoding.FLOAT32);
        }
        if (plot != null) {
            RoomRender.writeDecayPlot(plot, r);
        }
        PrintWriter o = spec.commandLine().getOut();
        RoomReport rep = r.report();
        if (json) {
            o.println(rep.toJson());
        } else {
            o.printf(Locale.ROOT, "wrote %s: %d ch, %d Hz, %.2f s%n", output, r.rir().channels(), fs, r.rir().durationS());
            o.printf(Locale.ROOT, "T30 %.0f ms, T20 %.0f ms, EDT %.0f ms, DRR %.1f dB, C50 %.1f dB; predicted RT60: Sabine %.0f ms, Eyring %.0f ms%n",
                    rep.t30Ms(), rep.t20Ms(), rep.edtMs(), rep.drrDb(), rep.c50Db(), rep.rt60SabineMs(), rep.rt60EyringMs());
        }
        return 0;
    }
}
