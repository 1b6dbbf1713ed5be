package dev.earshot.spatial.render.json;

/** A spatial-parameters JSON document is invalid; the message names the source, the field and the problem. */
public class SpatialParamsFormatException extends java.io.IOException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /**
     * @param source  file name or other source
     * @param field   the offending key path, e.g. {@code keyframes[2].time_s}
     * @param problem what is wrong and what was expected
     */
    public SpatialParamsFormatException(String source, String field, String problem) {
        super(source + ": " + field + ": " + problem);
        this.field = field;
    }

    /** @return the offending key path */
    public String field() {
        return field;
    }

    /** Unchecked carrier used inside the parser's lambdas; always unwrapped before leaving it. */
    static final class Wrapped extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient SpatialParamsFormatException inner;

        Wrapped(SpatialParamsFormatException inner) {
            super(inner.getMessage());
            this.inner = inner;
        }

        SpatialParamsFormatException unwrap() {
            return inner;
        }
    }
}
