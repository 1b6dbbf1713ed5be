package dev.earshot.app.cli;

import ai.djl.Device;
import dev.earshot.ml.model.ModelConfig;
import dev.earshot.ml.model.ModelKind;
import dev.earshot.ml.train.ComputeDevice;
import dev.earshot.ml.perception.LabelledClip;
import dev.earshot.ml.train.ClipFeatures;
import dev.earshot.ml.train.LossWeights;
import dev.earshot.ml.train.TrainCheckpoint;
import dev.earshot.ml.train.TrainConfig;
import dev.earshot.ml.train.Trainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code earshot train}: trains the small Spatial-AST on a native binaural dataset (CPU, seeded, resumable). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the small Spatial-AST or DSpAST encoder (192-d, --depth blocks) on a native-format binaural dataset",
                "(earshot simulate --format native). Writes DIR/model.json + DIR/checkpoint.bin after every epoch",
                "(atomically); --resume continues from them. Classes are the sorted union of the dataset's labels."})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "binaural dataset (train split; native or spatial-ast layout); repeat to train on several, in the given order")
    List<Path> data;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "checkpoint folder")
    Path out;

    @Option(names = "--epochs", defaultValue = "10", description = "epochs (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--stage", defaultValue = "spatial-ast",
            description = "loss weights: spatial-ast (1250/1/2) | dspast1 (1/0/0) | dspast2 | dspast3 (100/2/1) (default ${DEFAULT-VALUE})")
    String stage;

    @Option(names = "--loss", paramLabel = "SED,DP,DOAE",
            description = "loss weights overriding the stage's preset, e.g. 0,0,1 for direction only")
    String loss;

    @Option(names = "--mixup", defaultValue = "0.5", description = "probability that a batch is mixed up (default ${DEFAULT-VALUE})")
    double mixup;

    @Option(names = "--no-augment", description = "no roll, gain, SpecAugment masks or mixup")
    boolean noAugment;

    @Option(names = "--warmup", description = "warm-up epochs (default: min(1, epochs/10))")
    Double warmup;

    @Option(names = "--model", defaultValue = "spatial-ast", description = "spatial-ast | dspast (default ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--init", paramLabel = "DIR",
            description = "start from this checkpoint's weights (e.g. the previous DSpAST stage) with a fresh optimiser")
    Path init;

    @Option(names = "--doa-sigma", defaultValue = "0",
            description = "direction targets: 0 = one-hot classes (the original's), else a Gaussian of this width in degrees (default ${DEFAULT-VALUE})")
    double doaSigma;

    @Option(names = "--distance-sigma", defaultValue = "0", paramLabel = "M",
            description = "distance targets: 0 = one-hot 0.5 m classes (the original's), else a Gaussian of this width in metres (default ${DEFAULT-VALUE})")
    double distanceSigma;

    @Option(names = "--device", defaultValue = "cpu", description = "cpu | gpu (gpu needs the cuda build profile and a CUDA GPU; default ${DEFAULT-VALUE})")
    String device;

    @Option(names = "--stop-after", paramLabel = "EPOCH",
            description = "stop after this epoch (the schedule still spans --epochs; --resume continues it)")
    Integer stopAfter;

    @Option(names = "--slim-out", paramLabel = "DIR",
            description = "also write the final weights without optimiser state (for shipping) to this folder")
    Path slimOut;

    @Option(names = "--clip-norm", defaultValue = "0",
            description = "clip the global gradient L2 norm to this value before each AdamW step; 0 = off (default ${DEFAULT-VALUE})")
    double clipNorm;

    @Option(names = "--seed", defaultValue = "0", description = "seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--resume", description = "continue from the checkpoint in --out")
    boolean resume;

    @Option(names = "--seconds", defaultValue = "3", description = "clip length the model sees, s (rounded down to 16-frame patches; default ${DEFAULT-VALUE})")
    double seconds;

    @Option(names = "--batch", defaultValue = "8", description = "batch size (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--lr", defaultValue = "2.5e-4", description = "peak learning rate (default ${DEFAULT-VALUE})")
    double lr;

    @Option(names = "--layer-decay", defaultValue = "0.75", description = "layer-wise lr decay in (0, 1]; 1 = none (default ${DEFAULT-VALUE})")
    double layerDecay;

    @Option(names = "--depth", defaultValue = "6", description = "transformer blocks (default ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--max-clips", defaultValue = "2147483647", description = "use at most this many clips")
    int maxClips;

    @Option(names = "--threads", defaultValue = "1", description = "PyTorch intra-op threads (default ${DEFAULT-VALUE})")
    int threads;

    /**
     * Frames for a clip length: the most multiples of 16 not above {@code seconds * 100 + 1}.
     *
     * @param seconds clip length in seconds
     * @return frames
     */
    static int framesFor(double seconds) {
        int f = (int) Math.floor(seconds * 32000 / ClipFeatures.HOP + 1) / 16 * 16;
        if (f < 16) {
            throw new UserInputException("--seconds: expected at least 0.16, got " + seconds);
        }
        return f;
    }

    @Override
    public Integer call() throws IOException {
        if (stopAfter != null && stopAfter < 1) {
            throw new UserInputException("--stop-after: expected an epoch >= 1, got " + stopAfter);
        }
        if (epochs < 1 || batch < 1 || depth < 1 || threads < 1) {
            throw new UserInputException("--epochs, --batch, --depth and --threads must be >= 1");
        }
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
        LossWeights w;
        try {
            w = loss != null ? LossWeights.parse(loss) : LossWeights.forStage(stage);
        } catch (IllegalArgumentException e) {
            throw new UserInputException((loss != null ? "--loss: " : "--stage: ") + e.getMessage());
        }
        ModelKind kind = switch (model.trim().toLowerCase(Locale.ROOT)) {
            case "spatial-ast" -> ModelKind.SPATIAL_AST;
            case "dspast" -> ModelKind.DSPAST;
            default -> throw new UserInputException("--model: expected spatial-ast or dspast, got '" + model + "'");
        };
        Device dev;
        try {
            dev = ComputeDevice.resolve(device);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--device " + e.getMessage());
        }
        if (!(doaSigma >= 0 && doaSigma <= 90)) {
            throw new UserInputException("--doa-sigma: expected 0..90 degrees, got " + doaSigma);
        }
        if (!(distanceSigma >= 0 && distanceSigma <= 10)) {
            throw new UserInputException("--distance-sigma: expected 0..10 metres, got " + distanceSigma);
        }
        TrainCheckpoint from = null;
        if (init != null) {
            if (!TrainCheckpoint.exists(init)) {
                throw new UserInputException("--init " + init + ": not a checkpoint folder (model.json + checkpoint.bin)");
            }
            from = TrainCheckpoint.read(init);
            if (from.kind() != kind) {
                throw new UserInputException("--init " + init + ": a " + TrainCheckpoint.kindName(from.kind())
                        + " checkpoint, but --model is " + TrainCheckpoint.kindName(kind));
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        if (!(clipNorm >= 0 && Double.isFinite(clipNorm))) {
            throw new UserInputException("--clip-norm: expected a finite value >= 0, got " + clipNorm);
        }
        List<LabelledClip> clips = new ArrayList<>();
        for (Path d : data) {
            if (clips.size() < maxClips) {
                clips.addAll(DatasetClips.read(d, maxClips - clips.size()));
            }
        }
        List<String> classes = from != null ? from.classes() : DatasetClips.classes(clips);
        if (from != null) {
            for (LabelledClip c : clips) {
                if (!classes.containsAll(c.labels())) {
                    throw new UserInputException("--init " + init + ": clip " + c.id() + " has labels " + c.labels()
                            + " outside the checkpoint's classes " + classes);
                }
            }
        }
        ModelConfig small = ModelConfig.small(classes.size());
        ModelConfig cfg = new ModelConfig(small.embedDim(), depth, small.heads(), small.mlpRatio(), framesFor(seconds),
                small.mels(), small.patch(), classes.size(), small.taskDim());
        if (from != null && (from.config().embedDim() != cfg.embedDim() || from.config().depth() != cfg.depth()
                || from.config().frames() != cfg.frames())) {
            throw new UserInputException("--init " + init + ": its model (" + from.config() + ") differs from this "
                    + "run's (--depth " + depth + ", --seconds " + seconds + ")");
        }
        if (resume && TrainCheckpoint.exists(out)) {
            o.println("resuming from " + out + " (epoch " + TrainCheckpoint.read(out).epochsDone() + ")");
        }
        TrainConfig tc = TrainConfig.defaults(epochs, seed, w);
        boolean aug = !noAugment;
        tc = new TrainConfig(tc.epochs(), batch, lr, Math.min(tc.minLr(), lr),
                warmup != null ? warmup : Math.min(1, epochs / 10.0), tc.weightDecay(), layerDecay,
                aug ? mixup : 0, tc.mixupAlpha(), aug ? tc.timeMasks() : 0, tc.maxTimeMask(),
                aug ? tc.freqMasks() : 0, tc.maxFreqMask(), aug ? tc.maxGainDb() : 0, aug, seed, w, doaSigma, clipNorm,
                distanceSigma);
        o.printf(Locale.ROOT, "training %s on %s: %d clips, %d classes, %d frames (%.2f s), stage %s, loss %s/%s/%s, "
                + "seed %d%n", TrainCheckpoint.kindName(kind), device, clips.size(), classes.size(), cfg.frames(),
                ClipFeatures.samplesFor(cfg.frames()) / 32000.0, stage, w.sed(), w.dp(), w.doae(), seed);
        o.flush();
        new Trainer(kind, cfg, classes, tc, stage, from != null ? from.weights() : null, dev).train(clips, out, resume,
                line -> {
                    o.println(line);
                    o.flush();
                }, stopAfter != null ? stopAfter : Integer.MAX_VALUE);
        if (slimOut != null) {
            TrainCheckpoint.read(out).inferenceOnly().write(slimOut);
            o.println("weights only: " + slimOut);
        }
        o.println("checkpoint: " + out);
        return 0;
    }
}
