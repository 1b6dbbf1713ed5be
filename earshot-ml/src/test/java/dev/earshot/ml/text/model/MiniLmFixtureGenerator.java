package dev.earshot.ml.text.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Made the reference fixture {@value #RESOURCE} once (not a test; run by hand): the embeddings of a few
 * sentences by langchain4j's own pipelines, {@code AllMiniLmL6V2EmbeddingModel} (float32, the model the
 * earlier head was trained on) and {@code AllMiniLmL6V2QuantizedEmbeddingModel} (int8, what
 * {@link SentenceEmbedder} runs), each L2-normalised, values rounded to 6 decimals. Command (from the
 * repository root, after {@code mvn -o -pl earshot-ml -am test-compile}):
 * <pre>
 * java -cp "earshot-ml/target/test-classes:earshot-ml/target/classes:$(cat test-cp.txt)" \
 *   dev.earshot.ml.text.model.MiniLmFixtureGenerator earshot-ml/src/test/resources/dev/earshot/ml/text/model/minilm_reference.json
 * </pre>
 * where {@code test-cp.txt} is earshot-ml's test class path ({@code mvn dependency:build-classpath}).
 */
public final class MiniLmFixtureGenerator {

    /** Resource path of the fixture. */
    static final String RESOURCE = "/dev/earshot/ml/text/model/minilm_reference.json";

    /** The sentences: English, Korean, mixed, odd scripts. */
    static final List<String> SENTENCES = List.of(
            "a bird sings to the left, far away",
            "the car passes from right to left behind me",
            "diffuses as if around",
            "soft rain overhead in a large hall",
            "footsteps approach from the front",
            "왼쪽 뒤에서 멀리 들리는 종소리",
            "오른쪽에서 가까이 다가오는 발소리",
            "머리 위에서 울리는",
            "a violin plays 왼쪽에서 softly",
            "Der Hund bellt hinter mir",
            "🐦 chirps up high ✨",
            "𒀀𒀁 ancient sounds 𓀀");

    private MiniLmFixtureGenerator() {
    }

    /**
     * @param args output file
     * @throws Exception on errors
     */
    public static void main(String[] args) throws Exception {
        EmbeddingModel f32 = new AllMiniLmL6V2EmbeddingModel();
        EmbeddingModel q8 = new AllMiniLmL6V2QuantizedEmbeddingModel();
        ObjectMapper om = new ObjectMapper();
        ObjectNode root = om.createObjectNode();
        root.put("made_by", "MiniLmFixtureGenerator (langchain4j 1.20.0-beta30 in-process models)");
        ArrayNode rows = root.putArray("sentences");
        for (String s : SENTENCES) {
            ObjectNode r = rows.addObject();
            r.put("text", s);
            put(r.putArray("float32"), f32.embed(s).content().vector());
            put(r.putArray("int8"), q8.embed(s).content().vector());
        }
        Files.write(Path.of(args[0]), om.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    private static void put(ArrayNode a, float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * (double) x;
        }
        for (float x : v) {
            a.add(Math.round(x / Math.sqrt(n) * 1e6) / 1e6);
        }
    }
}
