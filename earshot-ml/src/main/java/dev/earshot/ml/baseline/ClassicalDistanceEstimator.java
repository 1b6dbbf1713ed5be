package dev.earshot.ml.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.ml.perception.LabelledClip;
import dev.earshot.ml.perception.PerceptionFormatException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Source distance from blind level and reverberance features of a binaural clip, calibrated by a ridge
 * regression of {@code ln(distance)} fitted on training clips.
 *
 * <p><b>Features</b> (at 32 kHz): overall level (dB); a blind direct-to-reverberant ratio: at each onset (a
 * 0.5 ms block 10 dB above the mean of the preceding 20 ms and within 40 dB of the loudest), the mean power of
 * the first 2.5 ms (the direct sound, "first arrival + 2.5 ms") over that of the following 2.5 .. 50 ms
 * (reflections and reverberation), in dB, median over onsets (0 when there is none); the energy-weighted
 * interaural coherence {@code |sum_t X_L X_R*| / sqrt(sum_t |X_L|^2 sum_t |X_R|^2)} averaged over the bins of
 * 200 Hz-1 kHz, 1-4 kHz and 4-12 kHz (the direct sound is coherent, the diffuse field is not); the standard
 * deviation of the 10 ms level (reverberation fills the gaps); and the spectral tilt (4-12 kHz over
 * 200 Hz-1 kHz energy, dB; air absorption). A near source is loud, has a high DRR and coherence.
 *
 * <p><b>Calibration.</b> Features are z-scored on the training set; the penalty {@code lambda} is chosen from
 * {0.01, 0.1, 1, 10, 100} by 5-fold cross-validation (folds shuffled with the given seed) on the squared
 * error of {@code ln(distance)}, then the model is refitted on all clips. Predictions are clamped to
 * [0.1, 10] m (the range of the Spatial-AST distance classes).
 *
 * <p>The level feature assumes sources of comparable loudness; expect large errors for unusually loud or quiet
 * sources and for rooms unlike the training rooms. Not thread-safe.
 */
public final class ClassicalDistanceEstimator {
    /** Smallest predicted distance, metres. */
    public static final double MIN_DISTANCE_M = 0.1;
    /** Largest predicted distance, metres. */
    public static final double MAX_DISTANCE_M = 10.0;
    private static final double[] LAMBDAS = {0.01, 0.1, 1, 10, 100};
    private static final int FOLDS = 5;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Standardizer standardizer;
    private final double[] coef;
    private final double lambda;
    private final DistanceFeatures extractor = new DistanceFeatures();

    private ClassicalDistanceEstimator(Standardizer standardizer, double[] coef, double lambda) {
        this.standardizer = standardizer;
        this.coef = coef.clone();
        this.lambda = lambda;
    }

    /** @return the feature names, in the order of {@link #features(AudioBuffer)} */
    public static List<String> featureNames() {
        return List.of(DistanceFeatures.NAMES);
    }

    /**
     * Computes the features of one clip.
     *
     * @param binaural two channels, any rate (resampled to 32 kHz)
     * @return the feature vector (see the class comment)
     * @throws IllegalArgumentException if the audio is not binaural, too short, not finite or silent
     */
    public static double[] features(AudioBuffer binaural) {
        return new DistanceFeatures().compute(BinauralInput.prepare(binaural, "ClassicalDistanceEstimator"));
    }

    /**
     * Fits on labelled clips.
     *
     * @param clips training clips (at least {@value #FOLDS})
     * @param seed  seed of the cross-validation fold shuffle
     * @return the fitted estimator
     * @throws IllegalArgumentException if there are fewer than 5 clips or a clip is unusable
     */
    public static ClassicalDistanceEstimator fit(List<LabelledClip> clips, long seed) {
        double[][] x = new double[clips.size()][];
        double[] d = new double[clips.size()];
        DistanceFeatures f = new DistanceFeatures();
        for (int i = 0; i < x.length; i++) {
            x[i] = f.compute(BinauralInput.prepare(clips.get(i).binaural(), "clip " + clips.get(i).id()));
            d[i] = clips.get(i).distanceM();
        }
        return fit(x, d, seed);
    }

    /**
     * Fits on precomputed features.
     *
     * @param features  {@code [clip][feature]} from {@link #features(AudioBuffer)}
     * @param distanceM true distances in metres, positive
     * @param seed      seed of the cross-validation fold shuffle
     * @return the fitted estimator
     * @throws IllegalArgumentException if there are fewer than 5 clips, shapes differ or a distance is not positive
     */
    public static ClassicalDistanceEstimator fit(double[][] features, double[] distanceM, long seed) {
        if (features == null || distanceM == null || features.length != distanceM.length || features.length < FOLDS) {
            throw new IllegalArgumentException("expected at least " + FOLDS + " clips with one distance each");
        }
        double[] y = new double[distanceM.length];
        for (int i = 0; i < y.length; i++) {
            if (!(distanceM[i] > 0) || !Double.isFinite(distanceM[i])) {
                throw new IllegalArgumentException("distance of clip " + i + " must be positive, got " + distanceM[i]);
            }
            y[i] = Math.log(distanceM[i]);
        }
        Standardizer st = Standardizer.fit(features);
        double[][] z = st.apply(features);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        double bestLambda = LAMBDAS[0];
        double bestErr = Double.POSITIVE_INFINITY;
        for (double lam : LAMBDAS) {
            double err = 0;
            for (int fold = 0; fold < FOLDS; fold++) {
                List<double[]> tx = new ArrayList<>();
                List<Double> ty = new ArrayList<>();
                for (int p = 0; p < order.size(); p++) {
                    if (p % FOLDS != fold) {
                        tx.add(z[order.get(p)]);
                        ty.add(y[order.get(p)]);
                    }
                }
                double[] c = RidgeRegression.fit(tx.toArray(new double[0][]),
                        ty.stream().mapToDouble(Double::doubleValue).toArray(), lam);
                for (int p = fold; p < order.size(); p += FOLDS) {
                    double e = RidgeRegression.predict(c, z[order.get(p)]) - y[order.get(p)];
                    err += e * e;
                }
            }
            if (err < bestErr) {
                bestErr = err;
                bestLambda = lam;
            }
        }
        return new ClassicalDistanceEstimator(st, RidgeRegression.fit(z, y, bestLambda), bestLambda);
    }

    /** @return the ridge penalty chosen by cross-validation */
    public double lambda() {
        return lambda;
    }

    /**
     * Predicts the distance of the source in a clip.
     *
     * @param binaural two channels, any rate (resampled to 32 kHz)
     * @return distance in metres, in [0.1, 10]
     * @throws IllegalArgumentException if the audio is not binaural, too short, not finite or silent
     */
    public double predictDistanceM(AudioBuffer binaural) {
        return predictFromFeatures(extractor.compute(BinauralInput.prepare(binaural, "ClassicalDistanceEstimator")));
    }

    /**
     * @param features a vector from {@link #features(AudioBuffer)}
     * @return distance in metres, in [0.1, 10]
     * @throws IllegalArgumentException if the vector has the wrong length
     */
    public double predictFromFeatures(double[] features) {
        double ln = RidgeRegression.predict(coef, standardizer.apply(features));
        return Math.max(MIN_DISTANCE_M, Math.min(MAX_DISTANCE_M, Math.exp(ln)));
    }

    /** @return the JSON form (feature names, standardisation, coefficients, lambda) */
    public ObjectNode toJsonNode() {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", "classical-distance");
        o.set("features", MAPPER.valueToTree(DistanceFeatures.NAMES));
        o.set("mean", MAPPER.valueToTree(standardizer.mean()));
        o.set("std", MAPPER.valueToTree(standardizer.std()));
        o.set("coefficients", MAPPER.valueToTree(coef));
        o.put("lambda", lambda);
        return o;
    }

    /**
     * Reads the JSON form.
     *
     * @param n      the object written by {@link #toJsonNode()}
     * @param source where it came from, for messages
     * @return the estimator
     * @throws PerceptionFormatException if a field is missing or has the wrong length
     */
    public static ClassicalDistanceEstimator fromJsonNode(JsonNode n, String source) {
        int d = DistanceFeatures.NAMES.length;
        double[] mean = JsonArrays.doubles(n, "mean", d, source);
        double[] std = JsonArrays.doubles(n, "std", d, source);
        double[] coef = JsonArrays.doubles(n, "coefficients", d + 1, source);
        JsonNode lam = n.get("lambda");
        if (lam == null || !lam.isNumber()) {
            throw new PerceptionFormatException(source + ": field \"lambda\": expected a number");
        }
        return new ClassicalDistanceEstimator(new Standardizer(mean, std), coef, lam.asDouble());
    }
}
