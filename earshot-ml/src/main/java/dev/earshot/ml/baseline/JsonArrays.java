package dev.earshot.ml.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.earshot.ml.perception.PerceptionFormatException;

/** Reads numeric arrays out of model JSON with messages naming the source and field. */
final class JsonArrays {
    private JsonArrays() {
    }

    static double[] doubles(JsonNode parent, String field, int expectedLength, String source) {
        JsonNode a = parent == null ? null : parent.get(field);
        if (a == null || !a.isArray()) {
            throw new PerceptionFormatException(source + ": field \"" + field + "\": expected an array of numbers");
        }
        if (expectedLength >= 0 && a.size() != expectedLength) {
            throw new PerceptionFormatException(source + ": field \"" + field + "\": expected " + expectedLength
                    + " numbers, got " + a.size());
        }
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!a.get(i).isNumber()) {
                throw new PerceptionFormatException(source + ": field \"" + field + "[" + i + "]\": expected a number");
            }
            out[i] = a.get(i).asDouble();
        }
        return out;
    }
}
