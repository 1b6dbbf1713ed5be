package dev.earshot.ml.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.audio.io.AtomicFiles;
import dev.earshot.ml.checkpoint.Tensor;
import dev.earshot.ml.model.ModelConfig;
import dev.earshot.ml.model.ModelKind;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A training checkpoint folder: {@code model.json} (config, class names, stage, epochs done, seed) and
 * {@code checkpoint.bin} (the state_dict by Spatial-AST key plus the AdamW moments), each written atomically
 * (temp file then move; {@code checkpoint.bin} first, so a {@code model.json} never names a missing epoch).
 *
 * @param kind        architecture (Spatial-AST or DSpAST; {@code model.json} field {@code kind}, default spatial-ast)
 * @param config      model size
 * @param classes     class names, index = model output
 * @param stage       stage name the run used (e.g. {@code spatial-ast})
 * @param epochsDone  completed epochs
 * @param step        optimiser steps taken
 * @param seed        training seed
 * @param weights     state_dict (Spatial-AST names)
 * @param firstMoment AdamW first moments by name (trainable tensors only; empty for inference-only use)
 * @param secondMoment AdamW second moments by name
 */
public record TrainCheckpoint(ModelKind kind, ModelConfig config, List<String> classes, String stage, int epochsDone, long step,
        long seed, Map<String, Tensor> weights, Map<String, Tensor> firstMoment, Map<String, Tensor> secondMoment) {
    /** Name of the manifest file. */
    public static final String MANIFEST = "model.json";
    /** Name of the tensor file. */
    public static final String TENSORS = "checkpoint.bin";
    private static final int MAGIC = 0x45535431; // "EST1"
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a field is null, the class count differs from the config, or counts are negative
     */
    public TrainCheckpoint {
        if (kind == null || config == null || classes == null || stage == null || weights == null || firstMoment == null
                || secondMoment == null) {
            throw new IllegalArgumentException("checkpoint fields must not be null");
        }
        if (classes.size() != config.numClasses()) {
            throw new IllegalArgumentException("checkpoint: " + classes.size() + " class names for "
                    + config.numClasses() + " classes");
        }
        if (epochsDone < 0 || step < 0) {
            throw new IllegalArgumentException("checkpoint: negative epoch or step");
        }
        classes = List.copyOf(classes);
        weights = Map.copyOf(weights);
        firstMoment = Map.copyOf(firstMoment);
        secondMoment = Map.copyOf(secondMoment);
    }

    /**
     * The same checkpoint without the AdamW moments: what inference needs (about a third of the size), e.g. for
     * shipping. It loads for inference like any other; a {@code --resume} from it restarts the moments at zero.
     *
     * @return the weights-only copy
     */
    public TrainCheckpoint inferenceOnly() {
        return new TrainCheckpoint(kind, config, classes, stage, epochsDone, step, seed, weights, Map.of(), Map.of());
    }

    /**
     * Whether a folder holds a checkpoint.
     *
     * @param dir the folder
     * @return true if both files exist
     */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST)) && Files.isRegularFile(dir.resolve(TENSORS));
    }

    /**
     * Writes the folder atomically file by file.
     *
     * @param dir the folder (created if missing)
     * @throws IOException on a write failure (files already in place are left untouched)
     */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        AtomicFiles.write(dir.resolve(TENSORS), out -> {
            DataOutputStream d = new DataOutputStream(out);
            d.writeInt(MAGIC);
            d.writeInt(epochsDone);
            writeMap(d, weights);
            writeMap(d, firstMoment);
            writeMap(d, secondMoment);
            d.flush();
        });
        ObjectNode m = JSON.createObjectNode();
        m.put("format", "earshot-train-checkpoint-1");
        m.put("kind", kindName(kind));
        ObjectNode c = m.putObject("config");
        c.put("embedDim", config.embedDim()).put("depth", config.depth()).put("heads", config.heads())
                .put("mlpRatio", config.mlpRatio()).put("frames", config.frames()).put("mels", config.mels())
                .put("patch", config.patch()).put("numClasses", config.numClasses()).put("taskDim", config.taskDim());
        ArrayNode cl = m.putArray("classes");
        classes.forEach(cl::add);
        m.put("stage", stage);
        m.put("epochsDone", epochsDone);
        m.put("step", step);
        m.put("seed", seed);
        m.put("sampleRateHz", 32000);
        m.put("clipSeconds", ClipFeatures.samplesFor(config.frames()) / 32000.0);
        AtomicFiles.write(dir.resolve(MANIFEST), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
    }

    /**
     * Reads a folder written by {@link #write}.
     *
     * @param dir the folder
     * @return the checkpoint
     * @throws IOException on a missing or malformed file (the message names the file and the field)
     */
    public static TrainCheckpoint read(Path dir) throws IOException {
        Path mf = dir.resolve(MANIFEST);
        Path tf = dir.resolve(TENSORS);
        if (!exists(dir)) {
            throw new IOException(dir + ": not a training checkpoint (expected " + MANIFEST + " and " + TENSORS + ")");
        }
        try (InputStream min = Files.newInputStream(mf); InputStream tin = Files.newInputStream(tf)) {
            return read(min, tin, mf.toString(), tf.toString());
        }
    }

    /**
     * Reads a checkpoint from two streams, e.g. class-path resources of a shipped model.
     *
     * @param manifest   the {@code model.json} content
     * @param tensors    the {@code checkpoint.bin} content
     * @param manifestName name of the manifest for messages
     * @param tensorsName  name of the tensor file for messages
     * @return the checkpoint
     * @throws IOException on malformed content (the message names the file and field)
     */
    public static TrainCheckpoint read(InputStream manifest, InputStream tensors, String manifestName,
            String tensorsName) throws IOException {
        String mf = manifestName;
        String tf = tensorsName;
        JsonNode m = JSON.readTree(manifest);
        JsonNode c = m.path("config");
        ModelKind kind = switch (m.path("kind").asText("spatial-ast")) {
            case "spatial-ast" -> ModelKind.SPATIAL_AST;
            case "dspast" -> ModelKind.DSPAST;
            default -> throw new IOException(mf + ": kind: expected spatial-ast or dspast, got \""
                    + m.path("kind").asText() + "\"");
        };
        ModelConfig config;
        List<String> classes = new ArrayList<>();
        try {
            config = new ModelConfig(req(mf, c, "embedDim"), req(mf, c, "depth"), req(mf, c, "heads"),
                    req(mf, c, "mlpRatio"), req(mf, c, "frames"), req(mf, c, "mels"), req(mf, c, "patch"),
                    req(mf, c, "numClasses"), req(mf, c, "taskDim"));
            m.path("classes").forEach(n -> classes.add(n.asText()));
        } catch (IllegalArgumentException e) {
            throw new IOException(mf + ": config: " + e.getMessage(), e);
        }
        try {
            DataInputStream d = new DataInputStream(new BufferedInputStream(tensors, 1 << 16));
            if (d.readInt() != MAGIC) {
                throw new IOException(tf + ": not an Earshot training checkpoint (bad magic)");
            }
            int epochs = d.readInt();
            if (epochs != m.path("epochsDone").asInt(-1)) {
                throw new IOException(tf + ": epoch " + epochs + " but " + MANIFEST + " says "
                        + m.path("epochsDone").asText());
            }
            Map<String, Tensor> w = readMap(d);
            Map<String, Tensor> m1 = readMap(d);
            Map<String, Tensor> m2 = readMap(d);
            return new TrainCheckpoint(kind, config, classes, m.path("stage").asText("spatial-ast"), epochs,
                    m.path("step").asLong(), m.path("seed").asLong(), w, m1, m2);
        } catch (IllegalArgumentException e) {
            throw new IOException(tf + ": " + e.getMessage(), e);
        }
    }

    /**
     * The name a model kind has in {@code model.json} and on the command line.
     *
     * @param kind the kind
     * @return {@code spatial-ast} or {@code dspast}
     */
    public static String kindName(ModelKind kind) {
        return kind == ModelKind.DSPAST ? "dspast" : "spatial-ast";
    }

    private static int req(String file, JsonNode c, String field) throws IOException {
        if (!c.path(field).canConvertToInt()) {
            throw new IOException(file + ": config." + field + ": expected an integer");
        }
        return c.path(field).asInt();
    }

    private static void writeMap(DataOutputStream d, Map<String, Tensor> map) throws IOException {
        List<String> names = new ArrayList<>(map.keySet());
        names.sort(null);
        d.writeInt(names.size());
        for (String n : names) {
            Tensor t = map.get(n);
            d.writeUTF(n);
            d.writeInt(t.shape().length);
            for (int s : t.shape()) {
                d.writeInt(s);
            }
            for (float f : t.data()) {
                d.writeFloat(f);
            }
        }
    }

    private static Map<String, Tensor> readMap(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > 100_000) {
            throw new IOException("tensor count " + n + " out of range");
        }
        Map<String, Tensor> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String name = d.readUTF();
            int nd = d.readInt();
            if (nd < 0 || nd > 8) {
                throw new IOException(name + ": rank " + nd + " out of range");
            }
            int[] shape = new int[nd];
            long numel = 1;
            for (int k = 0; k < nd; k++) {
                shape[k] = d.readInt();
                numel *= shape[k];
            }
            if (numel < 0 || numel > Integer.MAX_VALUE - 8) {
                throw new IOException(name + ": size out of range");
            }
            float[] data = new float[(int) numel];
            for (int k = 0; k < data.length; k++) {
                data[k] = d.readFloat();
            }
            map.put(name, new Tensor(shape, data));
        }
        return map;
    }
}
