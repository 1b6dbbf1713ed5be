package dev.earshot.ml.text.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.ml.text.RuleBaseline;
import dev.earshot.ml.text.RuleGuessBaseline;
import dev.earshot.ml.text.RuleParser;
import dev.earshot.ml.text.TextToSpatial;
import dev.earshot.ml.text.text2hoa.Text2HoaReader;
import dev.earshot.ml.text.text2hoa.Text2HoaSample;
import dev.earshot.ml.text.text2hoa.Text2HoaStats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Trains the text model and writes {@value LearnedTextModel#WEIGHTS_FILE} and
 * {@value LearnedTextModel#MANIFEST_FILE}. The shipped model is reproduced by
 * <pre>
 * DJL_OFFLINE=true java -cp ... dev.earshot.ml.text.model.TrainTextModel \
 *   --train text2spatial_v4_train.jsonl --stats text2spatial_v4_stats.json \
 *   --valid text2spatial_v4_valid.jsonl --out DIR --seed 7 [--cache FILE]
 * </pre>
 * (any other option at its default). The valid split is never used for training or selection; its
 * metrics (model beside the rule baselines) go into the manifest.
 */
public final class TrainTextModel {

    /** Licence sentence carried by every manifest of a model trained on text2hoa data. */
    public static final String DATA_LICENCE = "Trained on the text2hoa dataset (paiiek/text2hoa, v4 train split),"
            + " whose data is for academic research use only; the trained model inherits that restriction.";

    private TrainTextModel() {
    }

    /**
     * Options of a training run.
     *
     * @param train  v4 training jsonl
     * @param stats  v4 stats json
     * @param valid  v4 held-out jsonl for the manifest metrics (null: none)
     * @param out    output folder
     * @param cache  embedding cache file (null: none)
     * @param config hyper-parameters
     */
    public record Options(Path train, Path stats, Path valid, Path out, Path cache, TrainingConfig config) {
    }

    /**
     * Command line: {@code --train F --stats F --out DIR [--valid F] [--seed N] [--cache F] [--epochs N]
     * [--mask-half-weight W] [--no-refit]}.
     *
     * @param args arguments
     * @throws Exception on bad arguments or I/O errors
     */
    public static void main(String[] args) throws Exception {
        Path train = null;
        Path stats = null;
        Path valid = null;
        Path out = null;
        Path cache = null;
        TrainingConfig cfg = TrainingConfig.defaults(7);
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--no-refit")) {
                cfg = cfg.withRefit(false);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            String v = args[++i];
            switch (a) {
                case "--train" -> train = Path.of(v);
                case "--stats" -> stats = Path.of(v);
                case "--valid" -> valid = Path.of(v);
                case "--out" -> out = Path.of(v);
                case "--cache" -> cache = Path.of(v);
                case "--seed" -> cfg = new TrainingConfig(Long.parseLong(v), cfg.ngramBuckets(), cfg.hidden1(),
                        cfg.hidden2(), cfg.embedDim(), cfg.scale(), cfg.margin(), cfg.regWeight(), cfg.dropout(),
                        cfg.learningRate(), cfg.weightDecay(), cfg.epochs(), cfg.batchSize(), cfg.maskHalfWeight(),
                        cfg.holdoutFraction(), cfg.refit());
                case "--epochs" -> cfg = cfg.withEpochs(Integer.parseInt(v));
                case "--mask-half-weight" -> cfg = cfg.withMaskHalfWeight(Double.parseDouble(v));
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (train == null || stats == null || out == null) {
            throw new IllegalArgumentException("usage: TrainTextModel --train F --stats F --out DIR [--valid F]"
                    + " [--seed N] [--cache F] [--epochs N] [--mask-half-weight W] [--no-refit]");
        }
        ObjectNode manifest = train(new Options(train, stats, valid, out, cache, cfg), System.out::println);
        System.out.println(manifest.toPrettyString());
    }

    /**
     * Trains, writes the model into {@code opts.out()}, and evaluates it on the valid file if given.
     *
     * @param opts options
     * @param log  progress lines
     * @return the manifest written
     * @throws IOException on read or write errors (data files are named in the message)
     */
    public static ObjectNode train(Options opts, java.util.function.Consumer<String> log) throws IOException {
        Text2HoaStats stats = Text2HoaStats.read(opts.stats());
        List<Text2HoaSample> rows = Text2HoaReader.readV4(opts.train(), stats);
        long t0 = System.nanoTime();
        TextModelTraining.Outcome o = TextModelTraining.run(rows, opts.config(), opts.cache(), log);
        double trainS = (System.nanoTime() - t0) / 1e9;
        Files.createDirectories(opts.out());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        o.head().write(bytes);
        byte[] weights = bytes.toByteArray();
        AtomicFiles.write(opts.out().resolve(LearnedTextModel.WEIGHTS_FILE), weights);

        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode man = om.createObjectNode();
        man.put("model", "earshot-text-mlp");
        man.put("format_version", 1);
        man.put("licence", DATA_LICENCE);
        man.put("weights_file", LearnedTextModel.WEIGHTS_FILE);
        man.put("weights_sha256", sha256(weights));
        man.put("parameters", o.head().parameterCount());
        man.put("seed", opts.config().seed());
        man.set("config", om.valueToTree(opts.config()));
        ObjectNode feat = man.putObject("features");
        feat.put("sentence_embedding", SentenceEmbedder.MODEL_ID);
        feat.put("embedding_dim", SentenceEmbedder.DIMENSION);
        feat.put("char_ngrams", "hashed 1-4-grams (FNV-1a), log(1+count), L2-normalised");
        feat.put("ngram_buckets", opts.config().ngramBuckets());
        feat.put("cue_features", CueFeatures.DIMENSION);
        feat.put("input_dim", o.head().inputDim);
        man.put("mask_policy", "a field with v4 mask 1.0 weighs 1 in the loss, a field with mask 0.5 (not stated"
                + " in the text) weighs maskHalfWeight; the head learns the dataset prior (a neutral default) for"
                + " texts silent on a field");
        ArrayNode data = man.putArray("training_data");
        data.addObject().put("file", opts.train().getFileName().toString()).put("sha256", sha256(opts.train()))
                .put("rows", rows.size());
        data.addObject().put("file", opts.stats().getFileName().toString()).put("sha256", sha256(opts.stats()));
        ObjectNode sel = man.putObject("selection");
        sel.put("holdout_rows", o.holdoutN());
        sel.put("chosen_epochs", o.bestEpoch());
        sel.put("holdout_ae_deg_mask1", o.holdoutAeMask1());
        sel.put("holdout_ae_deg_all", o.holdoutAeAll());
        sel.put("final_training_rows", o.trainN());
        sel.put("training_seconds", Math.round(trainS * 10) / 10.0);
        sel.put("holdout_note", "hold-out = whole texts absent from the selection run's training rows; figures of"
                + " the selection-run head at the chosen epoch, beside the baselines on the same rows");
        Text2HoaStats st = stats;
        sel.set("holdout_evaluation", TextEvaluation.toJson(TextEvaluation.evaluate(o.holdout(), baselines(
                new LearnedTextModel(o.selectionHead(), opts.config().ngramBuckets(), man), st))));
        log.accept("hold-out (unseen texts):\n" + TextEvaluation.toText(TextEvaluation.evaluate(o.holdout(),
                baselines(new LearnedTextModel(o.selectionHead(), opts.config().ngramBuckets(), man), st))));
        if (opts.valid() != null) {
            List<Text2HoaSample> valid = Text2HoaReader.readV4(opts.valid(), stats);
            LearnedTextModel model = new LearnedTextModel(o.head(), opts.config().ngramBuckets(), man);
            List<TextEvaluation.Entry> ev = TextEvaluation.evaluate(valid, baselines(model, stats));
            log.accept(TextEvaluation.toText(ev));
            ObjectNode v = man.putObject("heldout_evaluation");
            v.put("file", opts.valid().getFileName().toString());
            v.put("sha256", sha256(opts.valid()));
            v.set("results", TextEvaluation.toJson(ev));
        }
        AtomicFiles.write(opts.out().resolve(LearnedTextModel.MANIFEST_FILE), om.writeValueAsBytes(man));
        return man;
    }

    /** @return the model followed by the rule baselines and the rule parser (text2hoa priors) */
    static List<TextToSpatial> baselines(TextToSpatial model, Text2HoaStats stats) {
        return new ArrayList<>(List.of(model, new RuleGuessBaseline(), new RuleBaseline(),
                new RuleParser(dev.earshot.ml.text.SpatialLexicon.standard(), RuleParser.Defaults.text2hoaPrior(stats))));
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(Path f) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), MessageDigest.getInstance("SHA-256"))) {
            MessageDigest md = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
