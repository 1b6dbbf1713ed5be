package dev.earshot.ml.text.text2hoa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The normalisation constants of a text2hoa v4 dataset ({@code text2spatial_v4_stats.json}).
 *
 * @param logDistMean     mean of ln(distance in m) ({@code normalization.log_dist.mean})
 * @param logDistStd      standard deviation of ln(distance) ({@code normalization.log_dist.std}), positive
 * @param gainLinMin      minimum linear gain of the min-max scaling ({@code normalization.gain_lin.min}), positive
 * @param gainLinMax      maximum linear gain ({@code normalization.gain_lin.max}), above the minimum
 * @param widthScaleDeg   degrees of spread per unit width ({@code normalization.width_scale_deg}), positive
 * @param medianDistanceM median distance used for QC ({@code medians_for_qc.dist_m})
 * @param medianSpreadDeg median spread used for QC ({@code medians_for_qc.spread_deg})
 */
public record Text2HoaStats(double logDistMean, double logDistStd, double gainLinMin, double gainLinMax,
                            double widthScaleDeg, double medianDistanceM, double medianSpreadDeg) {

    /** @throws IllegalArgumentException if a scale is not positive or the gain range is empty */
    public Text2HoaStats {
        if (!(logDistStd > 0) || !(gainLinMin > 0) || !(gainLinMax > gainLinMin) || !(widthScaleDeg > 0)
                || !Double.isFinite(logDistMean) || !Double.isFinite(gainLinMax) || !Double.isFinite(logDistStd)) {
            throw new IllegalArgumentException("text2hoa stats need finite logDistStd > 0, 0 < gainLinMin < gainLinMax,"
                    + " widthScaleDeg > 0; got " + logDistStd + ", " + gainLinMin + ", " + gainLinMax + ", " + widthScaleDeg);
        }
    }

    /**
     * Reads a stats json file.
     *
     * @param file the file
     * @return the constants
     * @throws IOException if it cannot be read
     * @throws Text2HoaFormatException naming the missing or non-numeric field
     */
    public static Text2HoaStats read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a stats json stream.
     *
     * @param in         the json
     * @param sourceName name for error messages
     * @return the constants
     * @throws IOException if it cannot be read
     * @throws Text2HoaFormatException naming the missing or non-numeric field
     */
    public static Text2HoaStats read(InputStream in, String sourceName) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new Text2HoaFormatException(sourceName, 0, "not valid json", e);
        }
        try {
            return new Text2HoaStats(
                    num(root, sourceName, "normalization", "log_dist", "mean"),
                    num(root, sourceName, "normalization", "log_dist", "std"),
                    num(root, sourceName, "normalization", "gain_lin", "min"),
                    num(root, sourceName, "normalization", "gain_lin", "max"),
                    num(root, sourceName, "normalization", "width_scale_deg"),
                    num(root, sourceName, "medians_for_qc", "dist_m"),
                    num(root, sourceName, "medians_for_qc", "spread_deg"));
        } catch (IllegalArgumentException e) {
            throw new Text2HoaFormatException(sourceName, 0, "normalization", "valid constants (" + e.getMessage() + ")");
        }
    }

    private static double num(JsonNode root, String source, String... path) {
        JsonNode n = root;
        for (String p : path) {
            n = n == null ? null : n.get(p);
        }
        if (n == null || !n.isNumber()) {
            throw new Text2HoaFormatException(source, 0, String.join(".", path), "a number");
        }
        return n.doubleValue();
    }
}
