package dev.earshot.ml.text.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.ml.text.IntentField;
import dev.earshot.ml.text.RuleParser;
import dev.earshot.ml.text.SpatialIntent;
import dev.earshot.ml.text.TextToSpatial;
import dev.earshot.spatial.geom.Direction;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The learned text-to-spatial model: {@link TextFeaturizer} features into the {@link MlpHead} trained by
 * {@link TrainTextModel}, run in pure Java (no native engine at inference except the int8 MiniLM embedding,
 * which runs in ONNX Runtime, see {@link SentenceEmbedder}). The shipped weights ({@link #shipped()}) were trained on text2hoa's v4 train split,
 * which is for academic research use only, and so is this model.
 *
 * <p>How the head and the {@link RuleParser} combine (the rules' reading is also a model input):
 * <ul>
 *   <li>start azimuth, start/end elevation, distance, spread, wet mix and gain come from the head;</li>
 *   <li>movement comes from the rules: when they read two directions (or a pass/orbit) the end azimuth is
 *       the head's start plus the rules' start-to-end turn, when they read approach/recede the end
 *       distance is the head's distance times the rules' end/start ratio; otherwise end azimuth = start
 *       (the training labels hold one direction);</li>
 *   <li>room: the rules' (text2hoa v4 has no room labels);</li>
 *   <li>confidence: azimuth = probability of the chosen bin, times 0.3 when no direction word was found;
 *       other fields 0.6 with a lexicon cue, 0.2 without (the head then gives what it learnt for texts
 *       silent on that field, a learnt neutral default); evidence words are the rules'.</li>
 * </ul>
 * Blank or null text gives the rule parser's neutral defaults (confidence 0); text is cut to
 * {@link #MAX_CHARS} characters with a warning; never throws for any string, never returns NaN.
 * After start-up, about 6 ms of CPU per sentence on one thread (2.5 GHz Xeon): the int8 MiniLM embedding
 * about 5.6 ms, n-grams, rules, cues and head together under 0.5 ms. Thread-safe.
 */
public final class LearnedTextModel implements TextToSpatial {

    /** Longest text read, in characters; longer texts are cut with a logged warning. */
    public static final int MAX_CHARS = 2000;
    /** Resource folder of the shipped model. */
    public static final String RESOURCE_DIR = "/dev/earshot/ml/text/model/";
    /** File name of the weights. */
    public static final String WEIGHTS_FILE = "text_model.bin";
    /** File name of the manifest. */
    public static final String MANIFEST_FILE = "text_model.json";

    private static final Logger LOG = Logger.getLogger(LearnedTextModel.class.getName());
    private static volatile LearnedTextModel shipped;

    private final MlpHead head;
    private final TextFeaturizer featurizer;
    private final JsonNode manifest;
    private final RuleParser fallback = new RuleParser();

    LearnedTextModel(MlpHead head, int ngramBuckets, JsonNode manifest) {
        this.head = head;
        this.featurizer = new TextFeaturizer(ngramBuckets, null);
        this.manifest = manifest;
        if (featurizer.dimension() != head.inputDim) {
            throw new IllegalArgumentException("model input dimension " + head.inputDim
                    + " does not match the features (" + featurizer.dimension() + ")");
        }
    }

    /**
     * The model shipped in this jar, loaded once.
     *
     * @return the model
     * @throws UncheckedIOException if the bundled resources are missing or corrupt (a packaging error)
     */
    public static LearnedTextModel shipped() {
        LearnedTextModel m = shipped;
        if (m == null) {
            synchronized (LearnedTextModel.class) {
                if (shipped == null) {
                    try (InputStream man = resource(MANIFEST_FILE); InputStream w = resource(WEIGHTS_FILE)) {
                        shipped = load(man, w, "classpath:" + RESOURCE_DIR);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                m = shipped;
            }
        }
        return m;
    }

    /**
     * Loads a model written by {@link TrainTextModel}.
     *
     * @param dir folder holding {@value #MANIFEST_FILE} and {@value #WEIGHTS_FILE}
     * @return the model
     * @throws IOException if a file is missing or not a model (message names the file and field)
     */
    public static LearnedTextModel load(Path dir) throws IOException {
        Path man = dir.resolve(MANIFEST_FILE);
        Path w = dir.resolve(WEIGHTS_FILE);
        try (InputStream a = Files.newInputStream(man); InputStream b = new BufferedInputStream(Files.newInputStream(w))) {
            return load(a, b, dir.toString());
        }
    }

    private static LearnedTextModel load(InputStream manifestIn, InputStream weightsIn, String source)
            throws IOException {
        JsonNode man = new ObjectMapper().readTree(manifestIn);
        JsonNode cfg = man == null ? null : man.get("config");
        if (cfg == null || !cfg.path("ngramBuckets").isInt() || !cfg.path("scale").isNumber()) {
            throw new IOException(source + "/" + MANIFEST_FILE + ": field config.ngramBuckets (int) and config.scale"
                    + " (number) expected");
        }
        JsonNode emb = man.path("features").path("sentence_embedding");
        if (!emb.isMissingNode() && !SentenceEmbedder.MODEL_ID.equals(emb.asText())) {
            throw new IOException(source + "/" + MANIFEST_FILE + ": field features.sentence_embedding is '"
                    + emb.asText() + "', expected '" + SentenceEmbedder.MODEL_ID + "' (the head was trained on"
                    + " another sentence embedding; retrain it with TrainTextModel)");
        }
        MlpHead h = MlpHead.read(new BufferedInputStream(weightsIn), source + "/" + WEIGHTS_FILE,
                (float) cfg.get("scale").doubleValue());
        try {
            return new LearnedTextModel(h, cfg.get("ngramBuckets").intValue(), man);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = LearnedTextModel.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IOException("missing resource " + RESOURCE_DIR + name);
        }
        return in;
    }

    /** @return the head (for the stage timings of {@link TextParseBenchmark}) */
    MlpHead head() {
        return head;
    }

    /** @return the manifest (seed, data hashes, hyper-parameters, metrics, licence) */
    public JsonNode manifest() {
        return manifest.deepCopy();
    }

    @Override
    public String name() {
        return "learned-mlp";
    }

    @Override
    public SpatialIntent parse(String text) {
        String s = text == null ? "" : text;
        if (s.isBlank()) {
            return fallback.parse("");
        }
        if (s.length() > MAX_CHARS) {
            int cut = Character.isHighSurrogate(s.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            LOG.warning("text of " + s.length() + " characters cut to " + cut);
            s = s.substring(0, cut);
        }
        try {
            TextFeaturizer.Featurized f = featurizer.featurize(s);
            return combine(head.forward(f.features()), f.rules());
        } catch (RuntimeException e) {
            LOG.warning("learned model failed (" + e + "); using the rule parser");
            return fallback.parse(s);
        }
    }

    /** Combines the head's output with the rules' reading (see the class comment). */
    static SpatialIntent combine(HeadOutput o, SpatialIntent rules) {
        SpatialIntent.Builder b = SpatialIntent.builder();
        double az0 = finite(o.startAzimuthDeg(), 0);
        double turn = Direction.wrapDeg(rules.endAzimuthDeg() - rules.startAzimuthDeg());
        double az1 = rules.moving() ? az0 + turn : az0;
        double el0 = clamp(finite(o.startElevationDeg(), 0), -90, 90);
        double el1 = clamp(finite(o.endElevationDeg(), el0), -90, 90);
        double d0 = clamp(finite(o.distanceM(), 2), 0.1, 1000);
        double ratio = rules.distanceM() > 0 ? rules.endDistanceM() / rules.distanceM() : 1;
        double d1 = clamp(d0 * finite(ratio, 1), 0.1, 1000);
        boolean moving = rules.moving() || Math.abs(el1 - el0) > 1.0 || Math.abs(d1 - d0) > 1e-9
                || Math.abs(Direction.wrapDeg(az1 - az0)) > 1e-9;
        if (!moving) {
            el1 = el0;
        }
        b.start(az0, el0).end(moving ? az1 : az0, el1).distanceM(d0, moving ? d1 : d0)
                .spreadDeg(clamp(finite(o.spreadDeg(), 20), 0, 180))
                .wetMix(clamp(finite(o.wetMix(), 0.2), 0, 1))
                .gainDb(clamp(finite(o.gainDb(), 0), -96, 24))
                .room(rules.room()).moving(moving);
        boolean azCue = rules.confidence(IntentField.AZIMUTH) > 0;
        b.confidence(IntentField.AZIMUTH, clamp(finite(o.startBinProb(), 0) * (azCue ? 1 : 0.3), 0, 1));
        for (IntentField f : new IntentField[] {IntentField.ELEVATION, IntentField.DISTANCE, IntentField.SPREAD,
            IntentField.WET, IntentField.GAIN}) {
            b.confidence(f, rules.confidence(f) > 0 ? 0.6 : 0.2);
        }
        b.confidence(IntentField.ROOM, rules.confidence(IntentField.ROOM));
        b.confidence(IntentField.MOVEMENT, moving ? Math.max(0.3, rules.confidence(IntentField.MOVEMENT)) : 0);
        for (IntentField f : IntentField.values()) {
            rules.evidence(f).forEach(w -> b.evidence(f, w));
        }
        return b.build();
    }

    private static double finite(double v, double dflt) {
        return Double.isFinite(v) ? v : dflt;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
