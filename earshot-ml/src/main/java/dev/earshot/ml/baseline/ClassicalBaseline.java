package dev.earshot.ml.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.AudioBuffer;
import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.ml.perception.LabelledClip;
import dev.earshot.ml.perception.Perceiver;
import dev.earshot.ml.perception.Perception;
import dev.earshot.ml.perception.PerceptionFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The classical baseline perceiver: {@link ClassicalDoaEstimator} (HRTF cue matching, no training),
 * {@link ClassicalDistanceEstimator} (level and reverberance, ridge-calibrated) and
 * {@link LinearEventClassifier} (logistic regression on log-mel statistics). Input at any rate is resampled once
 * to 32 kHz. The trained parts are saved as one JSON document; the DOA part is rebuilt from the HRTF set.
 * Not thread-safe (one instance per thread).
 */
public final class ClassicalBaseline implements Perceiver {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ClassicalDoaEstimator doa;
    private final ClassicalDistanceEstimator distance;
    private final LinearEventClassifier classifier;

    /**
     * Bundles fitted parts.
     *
     * @param doa        the DOA estimator
     * @param distance   the fitted distance estimator
     * @param classifier the fitted classifier
     * @throws IllegalArgumentException if a part is null
     */
    public ClassicalBaseline(ClassicalDoaEstimator doa, ClassicalDistanceEstimator distance,
                             LinearEventClassifier classifier) {
        if (doa == null || distance == null || classifier == null) {
            throw new IllegalArgumentException("doa, distance and classifier must all be given");
        }
        this.doa = doa;
        this.distance = distance;
        this.classifier = classifier;
    }

    /**
     * Fits the trained parts on labelled clips (the DOA estimator needs no training).
     *
     * @param doa   the DOA estimator (e.g. {@link ClassicalDoaEstimator#kemar()})
     * @param train training clips (at least 5, at least two classes)
     * @param seed  seed of the classifier's initial weights and of the distance cross-validation folds
     * @return the baseline
     * @throws IllegalArgumentException if the clips do not suffice or one is unusable
     */
    public static ClassicalBaseline fit(ClassicalDoaEstimator doa, List<LabelledClip> train, long seed) {
        return new ClassicalBaseline(doa, ClassicalDistanceEstimator.fit(train, seed),
                LinearEventClassifier.fit(train, LinearClassifierConfig.defaults(seed)));
    }

    /** @return the DOA part */
    public ClassicalDoaEstimator doa() {
        return doa;
    }

    /** @return the distance part */
    public ClassicalDistanceEstimator distance() {
        return distance;
    }

    /** @return the event classifier */
    public LinearEventClassifier classifier() {
        return classifier;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Every class of the classifier is listed in the events.
     */
    @Override
    public Perception perceive(AudioBuffer binaural) {
        AudioBuffer b = BinauralInput.prepare(binaural, "ClassicalBaseline");
        DoaEstimate d = doa.estimate(b);
        return new Perception(classifier.predict(b), d.azimuthDeg(), d.elevationDeg(),
                distance.predictDistanceM(b), d.confidence());
    }

    @Override
    public String name() {
        return "classical-baseline";
    }

    /**
     * Writes the trained parts as JSON ({@code {"type": "classical-baseline", "classifier": ..., "distance": ...}}).
     *
     * @param file target file (written atomically)
     * @throws IOException if it cannot be written
     */
    public void save(Path file) throws IOException {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", "classical-baseline");
        o.set("classifier", classifier.toJsonNode());
        o.set("distance", distance.toJsonNode());
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(o));
    }

    /**
     * Loads a baseline written by {@link #save(Path)}.
     *
     * @param file the file
     * @param doa  the DOA estimator to use
     * @return the baseline
     * @throws IOException if it cannot be read
     * @throws PerceptionFormatException if it is not a valid document (the message names the file and field)
     */
    public static ClassicalBaseline load(Path file, ClassicalDoaEstimator doa) throws IOException {
        JsonNode n;
        try {
            n = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new PerceptionFormatException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        return fromJsonNode(n, file.toString(), doa);
    }

    /**
     * Reads a baseline from the JSON document {@link #save(Path)} writes, already parsed.
     *
     * @param n      the document
     * @param source where it came from (file or resource name), for messages
     * @param doa    the DOA estimator to use
     * @return the baseline
     * @throws PerceptionFormatException if it is not a valid document (the message names the source and field)
     */
    public static ClassicalBaseline fromJsonNode(JsonNode n, String source, ClassicalDoaEstimator doa) {
        if (n == null || !"classical-baseline".equals(n.path("type").asText())) {
            throw new PerceptionFormatException(source + ": field \"type\": expected \"classical-baseline\"");
        }
        return new ClassicalBaseline(doa,
                ClassicalDistanceEstimator.fromJsonNode(n.get("distance"), source + " distance"),
                LinearEventClassifier.fromJsonNode(n.get("classifier"), source + " classifier"));
    }
}
