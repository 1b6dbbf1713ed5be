package dev.earshot.ml.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.ml.features.SpatialAstFeatures;
import dev.earshot.ml.perception.EventScore;
import dev.earshot.ml.perception.LabelledClip;
import dev.earshot.ml.perception.PerceptionFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sound events from a linear classifier on clip-level log-mel statistics: the per-band mean and standard
 * deviation over frames of the Spatial-AST log-mel spectrogram of each ear ({@link SpatialAstFeatures} maps L
 * and R: 128 Slaney mel bands, 10 log10 of the mel-weighted magnitude), 512 features in the order
 * {@code [mean L, mean R, std L, std R]}, z-scored with the training set's mean and deviation. The classifier is
 * a multinomial or one-vs-rest logistic regression with an L2 penalty ({@link LinearClassifierConfig}), trained
 * by full-batch gradient descent with backtracking. Saved and loaded as JSON. Not thread-safe for prediction
 * (holds the feature extractor).
 */
public final class LinearEventClassifier {
    /** Number of features per clip: 128 mel bands x 2 ears x (mean, std). */
    public static final int FEATURES = 4 * 128;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<String> classes;
    private final Standardizer standardizer;
    private final double[][] weights; // [class][FEATURES + 1]
    private final boolean multinomial;
    private SpatialAstFeatures extractor;

    private LinearEventClassifier(List<String> classes, Standardizer standardizer, double[][] weights,
                                  boolean multinomial) {
        this.classes = List.copyOf(classes);
        this.standardizer = standardizer;
        this.weights = weights;
        this.multinomial = multinomial;
    }

    /**
     * The clip-level features.
     *
     * @param binaural two channels, any rate (resampled to 32 kHz)
     * @return {@value #FEATURES} values: mean log-mel L, mean R, std L, std R (dB)
     * @throws IllegalArgumentException if the audio is not binaural, too short, not finite or silent
     */
    public static double[] features(AudioBuffer binaural) {
        return features(new SpatialAstFeatures(), BinauralInput.prepare(binaural, "LinearEventClassifier"));
    }

    private static double[] features(SpatialAstFeatures fx, AudioBuffer b32k) {
        float[][][] maps = fx.compute(b32k);
        int mels = maps[0][0].length;
        int frames = maps[0].length;
        double[] out = new double[4 * mels];
        for (int ear = 0; ear < 2; ear++) {
            for (int m = 0; m < mels; m++) {
                double s = 0;
                double s2 = 0;
                for (int t = 0; t < frames; t++) {
                    double v = maps[ear][t][m];
                    s += v;
                    s2 += v * v;
                }
                double mean = s / frames;
                out[ear * mels + m] = mean;
                out[(2 + ear) * mels + m] = Math.sqrt(Math.max(0, s2 / frames - mean * mean));
            }
        }
        return out;
    }

    /**
     * Trains on labelled clips; the classes are the sorted union of their labels.
     *
     * @param clips  training clips
     * @param config training settings
     * @return the classifier
     * @throws IllegalArgumentException if there is no clip, fewer than two classes, or a clip is unusable
     */
    public static LinearEventClassifier fit(List<LabelledClip> clips, LinearClassifierConfig config) {
        SpatialAstFeatures fx = new SpatialAstFeatures();
        double[][] x = new double[clips.size()][];
        List<Set<String>> labels = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            LabelledClip c = clips.get(i);
            x[i] = features(fx, BinauralInput.prepare(c.binaural(), "clip " + c.id()));
            labels.add(c.labels());
        }
        return fit(x, labels, config);
    }

    /**
     * Trains on precomputed features.
     *
     * @param features {@code [clip][feature]} from {@link #features(AudioBuffer)}
     * @param labels   the classes of each clip (at least one each)
     * @param config   training settings
     * @return the classifier
     * @throws IllegalArgumentException if the sizes differ, there is no clip, a clip has no label or there are
     *                                  fewer than two classes
     */
    public static LinearEventClassifier fit(double[][] features, List<Set<String>> labels, LinearClassifierConfig config) {
        if (features == null || labels == null || features.length != labels.size() || features.length == 0) {
            throw new IllegalArgumentException("expected the same non-zero number of feature rows and label sets");
        }
        TreeSet<String> all = new TreeSet<>();
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i) == null || labels.get(i).isEmpty()) {
                throw new IllegalArgumentException("clip " + i + " has no label");
            }
            all.addAll(labels.get(i));
        }
        if (all.size() < 2) {
            throw new IllegalArgumentException("a classifier needs at least two classes, got " + all);
        }
        List<String> classes = new ArrayList<>(all);
        Standardizer st = Standardizer.fit(features);
        double[][] z = st.apply(features);
        double[][] y = new double[z.length][classes.size()];
        for (int i = 0; i < z.length; i++) {
            double mass = config.multinomial() ? 1.0 / labels.get(i).size() : 1.0;
            for (String l : labels.get(i)) {
                y[i][classes.indexOf(l)] = mass;
            }
        }
        double[][] w = new LogisticTrainer(z, y, config.multinomial(), config.l2())
                .train(config.maxIterations(), config.tolerance(), config.seed());
        return new LinearEventClassifier(classes, st, w, config.multinomial());
    }

    /** @return the class labels, in the order of {@link #probabilities(double[])} */
    public List<String> classes() {
        return classes;
    }

    /** @return true for a softmax classifier, false for one-vs-rest */
    public boolean multinomial() {
        return multinomial;
    }

    /**
     * Class probabilities for a feature vector.
     *
     * @param features a vector from {@link #features(AudioBuffer)}
     * @return one probability per class (summing to 1 when multinomial)
     * @throws IllegalArgumentException if the vector has the wrong length
     */
    public double[] probabilities(double[] features) {
        return LogisticTrainer.probabilities(weights, standardizer.apply(features), multinomial);
    }

    /**
     * Scores every class for one clip.
     *
     * @param binaural two channels, any rate (resampled to 32 kHz)
     * @return one score per class
     * @throws IllegalArgumentException if the audio is not binaural, too short, not finite or silent
     */
    public List<EventScore> predict(AudioBuffer binaural) {
        if (extractor == null) {
            extractor = new SpatialAstFeatures();
        }
        double[] p = probabilities(features(extractor, BinauralInput.prepare(binaural, "LinearEventClassifier")));
        List<EventScore> out = new ArrayList<>();
        for (int k = 0; k < p.length; k++) {
            out.add(new EventScore(classes.get(k), p[k]));
        }
        return out;
    }

    /** @return the JSON form (classes, mode, standardisation, weights {@code [class][513]} with the bias last) */
    public ObjectNode toJsonNode() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", "linear-event-classifier");
        o.put("features", "mean+std log-mel L,R (Spatial-AST front end, 32 kHz)");
        o.put("multinomial", multinomial);
        o.set("classes", MAPPER.valueToTree(classes));
        o.set("mean", MAPPER.valueToTree(standardizer.mean()));
        o.set("std", MAPPER.valueToTree(standardizer.std()));
        ArrayNode w = o.putArray("weights");
        for (double[] row : weights) {
            w.add(MAPPER.valueToTree(row));
        }
        return o;
    }

    /**
     * Reads the JSON form.
     *
     * @param n      an object from {@link #toJsonNode()}
     * @param source where it came from, for messages
     * @return the classifier
     * @throws PerceptionFormatException if a field is missing or misshapen (the message names it)
     */
    public static LinearEventClassifier fromJsonNode(JsonNode n, String source) {
        if (n == null || !n.isObject()) {
            throw new PerceptionFormatException(source + ": expected a JSON object");
        }
        JsonNode cl = n.get("classes");
        if (cl == null || !cl.isArray() || cl.size() < 2) {
            throw new PerceptionFormatException(source + ": field \"classes\": expected an array of at least two labels");
        }
        List<String> classes = new ArrayList<>();
        for (JsonNode c : cl) {
            classes.add(c.asText());
        }
        JsonNode mn = n.get("multinomial");
        if (mn == null || !mn.isBoolean()) {
            throw new PerceptionFormatException(source + ": field \"multinomial\": expected true or false");
        }
        double[] mean = JsonArrays.doubles(n, "mean", FEATURES, source);
        double[] std = JsonArrays.doubles(n, "std", FEATURES, source);
        JsonNode w = n.get("weights");
        if (w == null || !w.isArray() || w.size() != classes.size()) {
            throw new PerceptionFormatException(source + ": field \"weights\": expected " + classes.size() + " rows");
        }
        double[][] weights = new double[classes.size()][];
        for (int k = 0; k < weights.length; k++) {
            ObjectNode holder = MAPPER.createObjectNode();
            holder.set("weights[" + k + "]", w.get(k));
            weights[k] = JsonArrays.doubles(holder, "weights[" + k + "]", FEATURES + 1, source);
        }
        return new LinearEventClassifier(classes, new Standardizer(mean, std), weights, mn.asBoolean());
    }

    /**
     * Writes the JSON form atomically.
     *
     * @param file target file
     * @throws IOException if it cannot be written
     */
    public void save(Path file) throws IOException {
        AtomicFiles.write(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJsonNode()));
    }

    /**
     * Loads a classifier saved by {@link #save(Path)}.
     *
     * @param file the file
     * @return the classifier
     * @throws IOException if it cannot be read
     * @throws PerceptionFormatException if it is not valid (the message names the file and field)
     */
    public static LinearEventClassifier load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return fromJsonNode(MAPPER.readTree(text), file.toString());
        } catch (JsonProcessingException e) {
            throw new PerceptionFormatException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
