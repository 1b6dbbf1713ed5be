package dev.earshot.ml.text.model;

import dev.earshot.ml.text.RuleParser;
import dev.earshot.ml.text.SpatialIntent;
import dev.earshot.ml.text.SpatialLexicon;
import java.io.IOException;

/**
 * Turns a text into the model's input vector: {@code [MiniLM embedding (384) | character n-grams
 * (buckets) | lexicon cues (56)]}, see {@link SentenceEmbedder}, {@link CharNgrams}, {@link CueFeatures}.
 * The rule parser used for the cues is {@link RuleParser#RuleParser()} (standard lexicon, Earshot defaults).
 */
final class TextFeaturizer {

    /** What one text gives: the input vector and the rule parser's reading. */
    record Featurized(float[] features, SpatialIntent rules) {
    }

    private final CharNgrams ngrams;
    private final CueFeatures cues;
    private final EmbeddingCache cache;

    /**
     * @param ngramBuckets number of n-gram hash buckets (power of two)
     * @param cache        embedding cache, or null to embed every time
     */
    TextFeaturizer(int ngramBuckets, EmbeddingCache cache) {
        this.ngrams = new CharNgrams(ngramBuckets);
        this.cues = new CueFeatures(SpatialLexicon.standard(), new RuleParser());
        this.cache = cache;
    }

    /** @return the input dimension */
    int dimension() {
        return SentenceEmbedder.DIMENSION + ngrams.dimension() + CueFeatures.DIMENSION;
    }

    /** @param text any text @return its features and the rule parser's reading */
    Featurized featurize(String text) {
        float[] x = new float[dimension()];
        float[] e = cache != null ? cache.embed(text) : SentenceEmbedder.embed(text);
        System.arraycopy(e, 0, x, 0, SentenceEmbedder.DIMENSION);
        ngrams.features(text, x, SentenceEmbedder.DIMENSION);
        SpatialIntent parsed = cues.rules().parse(text);
        cues.features(text, parsed, x, SentenceEmbedder.DIMENSION + ngrams.dimension());
        return new Featurized(x, parsed);
    }

    /** Saves the embedding cache, if any. @throws IOException on write errors */
    void saveCache() throws IOException {
        if (cache != null) {
            cache.save();
        }
    }
}
