package dev.earshot.app.cli;

import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.dsp.Mixer;
import dev.earshot.audio.dsp.Resampler;
import dev.earshot.audio.dsp.fft.ComplexFft;
import dev.earshot.audio.io.AudioCodec;
import dev.earshot.audio.io.AudioFiles;
import dev.earshot.audio.io.WavEncoding;
import dev.earshot.audio.io.WavFileReader;
import dev.earshot.audio.io.WavRegionWriter;
import dev.earshot.spatial.geom.Direction;
import dev.earshot.spatial.hrtf.HrtfSets;
import dev.earshot.spatial.render.BlockSource;
import dev.earshot.spatial.render.RegionSink;
import dev.earshot.spatial.render.RenderFormat;
import dev.earshot.spatial.render.RenderOptions;
import dev.earshot.spatial.render.Renderer;
import dev.earshot.spatial.render.Renderers;
import dev.earshot.spatial.render.RoomAcoustics;
import dev.earshot.spatial.render.SeekableSource;
import dev.earshot.spatial.render.SpatialParams;
import dev.earshot.spatial.render.Trajectory;
import dev.earshot.spatial.render.json.SpatialParamsJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot render}: places a sound in space and writes stereo, binaural or ambisonics. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render a sound file to a place: stereo, binaural (HRTF) or ambisonics.",
                "Azimuth: 0 = front, +90 = LEFT, -90 = right; elevation +90 = up; distance in metres."})
public final class RenderCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "input audio (WAV, FLAC or Ogg Vorbis); several channels are averaged to mono")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.wav", description = "output WAV file")
    Path output;

    @Option(names = "--format", defaultValue = "binaural", paramLabel = "FMT",
            description = "stereo | binaural | foa | hoa2 | hoa3 | fuma (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--az", defaultValue = "0", description = "azimuth in degrees, +left (default ${DEFAULT-VALUE})")
    double azimuthDeg;

    @Option(names = "--el", defaultValue = "0", description = "elevation in degrees, +up (default ${DEFAULT-VALUE})")
    double elevationDeg;

    @Option(names = "--dist", defaultValue = "1", description = "distance in metres (default ${DEFAULT-VALUE})")
    double distanceM;

    @Option(names = "--spread", defaultValue = "0", description = "source width in degrees, 0 = point (default ${DEFAULT-VALUE})")
    double spreadDeg;

    @Option(names = "--wet", defaultValue = "0", description = "reverberant share 0..1 (default ${DEFAULT-VALUE})")
    double wet;

    @Option(names = "--gain", defaultValue = "0", description = "gain in dB (default ${DEFAULT-VALUE})")
    double gainDb;

    @Option(names = "--rt60", description = "room reverberation time in seconds (for --wet)")
    Double rt60S;

    @Option(names = "--drr", description = "room direct-to-reverberant ratio in dB (for --wet)")
    Double drrDb;

    @Option(names = "--to-az", description = "end azimuth of a move, degrees")
    Double toAzimuthDeg;

    @Option(names = "--to-el", description = "end elevation of a move, degrees")
    Double toElevationDeg;

    @Option(names = "--to-dist", description = "end distance of a move, metres")
    Double toDistanceM;

    @Option(names = "--params", paramLabel = "FILE.json", description = "read all spatial parameters from JSON (overrides the options above)")
    Path paramsFile;

    @Option(names = "--text", paramLabel = "SENTENCE",
            description = "describe the placement in words (English or Korean); overrides the position options")
    String text;

    @Option(names = "--hrtf", paramLabel = "FILE.sofa", description = "SOFA HRTF set for binaural (default: built-in MIT KEMAR)")
    Path hrtfFile;

    @Option(names = "--rate", description = "render sample rate in Hz (default: the input's)")
    Integer rateHz;

    @Option(names = "--encoding", defaultValue = "float32", description = "pcm16 | pcm24 | float32 (default ${DEFAULT-VALUE})")
    String encoding;

    @Option(names = "--seed", defaultValue = "0", description = "seed of the reverb noise (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--osc", paramLabel = "HOST:PORT", description = "also send the parameters/trajectory over OSC")
    String osc;

    @Option(names = "--osc-preset", defaultValue = "earshot",
            description = "OSC preset: spat-revolution, iem-stereoencoder, iem-multiencoder, earshot (default ${DEFAULT-VALUE})")
    String oscPreset;

    @Option(names = "--osc-realtime", description = "pace OSC trajectory messages in real time (default: as fast as possible)")
    boolean oscRealtime;

    @Option(names = "--osc-rate", defaultValue = "50", description = "OSC messages per second for a trajectory (default ${DEFAULT-VALUE})")
    double oscRateHz;

    @Option(names = "--quiet", description = "no progress bar or summary")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads for one render (default: the available processors); time segments run in parallel")
    Integer threads;

    @Option(names = "--timings", hidden = true, description = "print the process CPU and wall time of each phase to stderr")
    boolean timings;

    private PhaseTimer phases = PhaseTimer.OFF;

    @Override
    public Integer call() throws IOException {
        if (timings) {
            phases = PhaseTimer.start(spec.commandLine().getErr());
        }
        // The convolvers' Vector API FFT kernels take a second or two of JIT work before they are
        // fast: start that now on another core, while the SOFA file, the HRIRs and the input are set
        // up (results do not depend on it; the FFT would otherwise start it at its first block). The
        // plain-Java kernels likewise get compiled from short transforms before the render's long ones.
        ComplexFft.startVectorWarmUp();
        ComplexFft.startWarmUp();
        RenderFormat fmt = parseFormat(format);
        WavEncoding enc = parseEncoding(encoding);
        int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (nThreads < 1) {
            throw new UserInputException("--threads: expected at least 1, got " + nThreads);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (AudioFiles.detect(input) == AudioCodec.WAV) {
            try (WavFileReader wav = WavFileReader.open(input)) {
                if (rateHz == null || rateHz == wav.sampleRateHz()) {
                    // WAV at the render rate: read straight from the file, each segment its own part.
                    if (wav.channels() > 1) {
                        err.printf(Locale.ROOT, "earshot: input has %d channels; averaging them to mono%n", wav.channels());
                    }
                    return render(seekable(wav), fmt, enc, nThreads);
                }
            }
        }
        AudioBuffer mono = toMono(AudioFiles.read(input), err);
        phases.mark("read input");
        int rate = rateHz != null ? rateHz : mono.sampleRateHz();
        if (rate != mono.sampleRateHz()) {
            if (!quiet) {
                err.printf(Locale.ROOT, "earshot: resampling %s from %d Hz to %d Hz%n", input, mono.sampleRateHz(), rate);
            }
            mono = Resampler.resample(mono, rate);
        }
        return render(SeekableSource.of(mono, 0), fmt, enc, nThreads);
    }

    private int render(SeekableSource src, RenderFormat fmt, WavEncoding enc, int nThreads) throws IOException {
        int rate = src.sampleRateHz();
        double durationS = src.totalFrames() / (double) rate;
        PrintWriter err = spec.commandLine().getErr();
        SpatialParams params = params(durationS);
        // longer blocks for a source that stays put or turns slowly (same filter updates, less FFT work)
        RenderOptions options = RenderOptions.defaults(rate).withReverbSeed(seed).forTrajectory(params.trajectory());
        if (fmt == RenderFormat.BINAURAL && hrtfFile != null) {
            dev.earshot.spatial.hrtf.HrtfSet set = HrtfSets.load(hrtfFile);
            phases.mark("load SOFA");
            options = options.withHrtfSet(set);
            phases.mark("HRIR lookup (triangulation)");
        }
        Renderer renderer = Renderers.create(fmt, options);
        long total = src.totalFrames() + renderer.tailFrames(params);
        phases.mark("renderer + filters (block " + renderer.blockSizeFor(params) + ")");
        long t0 = System.nanoTime();
        try (Progress progress = Progress.start("render", total, rate, quiet || durationS < 20)) {
            WavRegionWriter writer = WavRegionWriter.open(output, fmt.channels(), rate, enc, total);
            try {
                renderer.renderParallel(src, params, first -> region(writer.region(first)), nThreads, progress::update);
                phases.mark("render + write (" + nThreads + " threads)");
            } catch (java.io.UncheckedIOException e) {
                writer.abort();
                throw e.getCause();
            } catch (RuntimeException | Error e) {
                writer.abort();
                throw e;
            }
            writer.close();
            phases.mark("commit file");
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (osc != null) {
            OscSend.send(osc, oscPreset, params, oscRateHz, durationS, oscRealtime, quiet ? null : err);
        }
        if (!quiet) {
            spec.commandLine().getOut().printf(Locale.ROOT, "rendered %s -> %s: %s, %d ch, %d Hz, %.2f s in %.2f s (%.0fx real time)%n",
                    input, output, fmt.name().toLowerCase(Locale.ROOT), fmt.channels(), rate, total / (double) rate, s,
                    total / (double) rate / Math.max(s, 1e-9));
        }
        return 0;
    }

    /** A region of the output file as a render sink (I/O errors become UncheckedIOException). */
    private static RegionSink.Region region(WavRegionWriter.Region r) {
        return new RegionSink.Region() {
            @Override
            public void write(float[][] block, int frames) {
                try {
                    r.write(block, 0, frames);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                try {
                    r.close();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
    }

    /** The file as a seekable mono source: each reader is its own cursor (I/O errors become UncheckedIOException). */
    private static SeekableSource seekable(WavFileReader wav) {
        return new SeekableSource() {
            @Override
            public int sampleRateHz() {
                return wav.sampleRateHz();
            }

            @Override
            public long totalFrames() {
                return wav.frames();
            }

            @Override
            public BlockSource openAt(long firstFrame) {
                WavFileReader.MonoCursor c = wav.monoCursor(firstFrame);
                return new BlockSource() {
                    @Override
                    public int read(float[] dst, int off, int len) {
                        try {
                            return c.read(dst, off, len);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }

                    @Override
                    public int sampleRateHz() {
                        return wav.sampleRateHz();
                    }

                    @Override
                    public long totalFrames() {
                        return wav.frames();
                    }
                };
            }
        };
    }

    SpatialParams params(double durationS) throws IOException {
        if (paramsFile != null) {
            return SpatialParamsJson.read(paramsFile, durationS);
        }
        if (text != null) {
            SpatialParams p = TextModels.parser("model").parse(text).toSpatialParams(Math.max(durationS, 1e-3));
            if (!quiet) {
                spec.commandLine().getErr().println("earshot: --text parsed as " + SpatialParamsJson.toJson(p)
                        .replaceAll("\\s+", " "));
            }
            return p;
        }
        try {
            RoomAcoustics room = room();
            Direction from = new Direction(azimuthDeg, elevationDeg);
            Trajectory t;
            if (toAzimuthDeg == null && toElevationDeg == null && toDistanceM == null) {
                t = Trajectory.fixed(from, distanceM);
            } else {
                Direction to = new Direction(toAzimuthDeg != null ? toAzimuthDeg : azimuthDeg,
                        toElevationDeg != null ? toElevationDeg : elevationDeg);
                t = Trajectory.linear(from, distanceM, to, toDistanceM != null ? toDistanceM : distanceM,
                        Math.max(durationS, 1e-3));
            }
            return new SpatialParams(t, spreadDeg, wet, gainDb, room);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(optionName(e.getMessage()) + e.getMessage());
        }
    }

    /** Names the command-line option behind a value's validation message, e.g. "--wet: ". */
    static String optionName(String message) {
        String[][] map = {{"wetMix", "--wet"}, {"spreadDeg", "--spread"}, {"gainDb", "--gain"},
                {"distanceM", "--dist/--to-dist"}, {"elevationDeg", "--el/--to-el"}, {"azimuthDeg", "--az/--to-az"},
                {"rt60S", "--rt60"}, {"drrDb", "--drr"}};
        for (String[] m : map) {
            if (message != null && message.startsWith(m[0])) {
                return m[1] + ": ";
            }
        }
        return "invalid spatial parameters: ";
    }

    private RoomAcoustics room() {
        if (rt60S != null && drrDb != null) {
            throw new UserInputException("give --rt60 or --drr, not both");
        }
        if (rt60S != null) {
            return new RoomAcoustics.Rt60(rt60S);
        }
        if (drrDb != null) {
            return new RoomAcoustics.Drr(drrDb);
        }
        return wet > 0 ? new RoomAcoustics.Rt60(0.8) : new RoomAcoustics.Anechoic();
    }

    static AudioBuffer toMono(AudioBuffer in, PrintWriter err) {
        if (in.channels() > 1) {
            err.printf(Locale.ROOT, "earshot: input has %d channels; averaging them to mono%n", in.channels());
        }
        return Mixer.toMono(in, Mixer.Downmix.AVERAGE);
    }

    static RenderFormat parseFormat(String s) {
        try {
            return RenderFormat.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--format: unknown format '" + s + "'; expected stereo, binaural, foa, hoa2, hoa3 or fuma");
        }
    }

    static WavEncoding parseEncoding(String s) {
        try {
            return WavEncoding.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--encoding: unknown encoding '" + s + "'; expected pcm16, pcm24 or float32");
        }
    }
}
