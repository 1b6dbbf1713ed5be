package dev.earshot.app.cli;

import dev.earshot.ml.model.ModelConfig;
import dev.earshot.ml.perception.LabelledClip;
import dev.earshot.ml.train.ClipFeatures;
import dev.earshot.ml.train.LossWeights;
import dev.earshot.ml.train.TrainCheckpoint;
import dev.earshot.ml.train.TrainConfig;
import dev.earshot.ml.train.Trainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code earshot train}: trains the small Spatial-AST on a native binaural dataset (CPU, seeded, resumable). */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train the small Spatial-AST encoder (192-d, 6 blocks) on a native-format binaural dataset",
                "(earshot simulate --format native). Writes DIR/model.json + DIR/checkpoint.bin after every epoch",
                "(atomically); --resume continues from them. Classes are the sorted union of the dataset's labels."})
public final class TrainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "native binaural dataset (train split)")
    Path data;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "checkpoint folder")
    Path out;

    @Option(names = "--epochs", defaultValue = "10", description = "epochs (default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--stage", defaultValue = "spatial-ast",
            description = "loss weights: spatial-ast (1250/1/2) | dspast1 (1/0/0) | dspast2 | dspast3 (100/2/1) (default ${DEFAULT-VALUE})")
    String stage;

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
        if (epochs < 1 || batch < 1 || depth < 1 || threads < 1) {
            throw new UserInputException("--epochs, --batch, --depth and --threads must be >= 1");
        }
        if (System.getProperty("ai.djl.pytorch.num_threads") == null) {
            System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        }
        LossWeights w;
        try {
            w = LossWeights.forStage(stage);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--stage: " + e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        List<LabelledClip> clips = DatasetClips.read(data, maxClips);
        List<String> classes = DatasetClips.classes(clips);
        ModelConfig small = ModelConfig.small(classes.size());
        ModelConfig cfg = new ModelConfig(small.embedDim(), depth, small.heads(), small.mlpRatio(), framesFor(seconds),
                small.mels(), small.patch(), classes.size(), small.taskDim());
        if (resume && TrainCheckpoint.exists(out)) {
            o.println("resuming from " + out + " (epoch " + TrainCheckpoint.read(out).epochsDone() + ")");
        }
        TrainConfig tc = TrainConfig.defaults(epochs, seed, w);
        tc = new TrainConfig(tc.epochs(), batch, lr, Math.min(tc.minLr(), lr), Math.min(1, epochs / 10.0),
                tc.weightDecay(), layerDecay, tc.mixupProb(), tc.mixupAlpha(), tc.timeMasks(), tc.maxTimeMask(),
                tc.freqMasks(), tc.maxFreqMask(), tc.maxGainDb(), tc.roll(), seed, w);
        o.printf(Locale.ROOT, "training %d clips, %d classes, %d frames (%.2f s), stage %s, seed %d%n", clips.size(),
                classes.size(), cfg.frames(), ClipFeatures.samplesFor(cfg.frames()) / 32000.0, stage, seed);
        o.flush();
        new Trainer(cfg, classes, tc, stage).train(clips, out, resume, line -> {
            o.println(line);
            o.flush();
        });
        o.println("checkpoint: " + out);
        return 0;
    }
}
