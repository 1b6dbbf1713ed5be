package dev.earshot.ml.train;

import java.util.Locale;

/**
 * Weights of the three task losses: sound-event detection (binary cross-entropy over classes), distance
 * prediction (cross-entropy over the 21 distance classes) and direction-of-arrival estimation (cross-entropy over
 * the 360 azimuth classes plus cross-entropy over the 180 elevation classes). The total loss is
 * {@code sed * L_sed + dp * L_dp + doae * (L_az + L_el)}.
 *
 * @param sed  weight of the SED loss, finite and non-negative
 * @param dp   weight of the distance loss, finite and non-negative
 * @param doae weight of the DOA loss, finite and non-negative
 */
public record LossWeights(double sed, double dp, double doae) {
    /** Spatial-AST's weighting: 1250 / 1 / 2. */
    public static final LossWeights SPATIAL_AST = new LossWeights(1250, 1, 2);
    /** DSpAST stage 1 (sound events only). */
    public static final LossWeights DSPAST_STAGE1 = new LossWeights(1, 0, 0);
    /** DSpAST stage 2. */
    public static final LossWeights DSPAST_STAGE2 = new LossWeights(100, 2, 1);
    /** DSpAST stage 3. */
    public static final LossWeights DSPAST_STAGE3 = new LossWeights(100, 2, 1);

    /**
     * Validates the weights.
     *
     * @throws IllegalArgumentException if a weight is negative or not finite, or all are zero
     */
    public LossWeights {
        for (double w : new double[] {sed, dp, doae}) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("loss weights must be finite and >= 0, got " + sed + "/" + dp + "/" + doae);
            }
        }
        if (sed + dp + doae == 0) {
            throw new IllegalArgumentException("at least one loss weight must be positive");
        }
    }

    /**
     * The preset of a stage name.
     *
     * @param stage {@code spatial-ast}, {@code dspast1}, {@code dspast2} or {@code dspast3} (case-insensitive)
     * @return the weights
     * @throws IllegalArgumentException on another name
     */
    public static LossWeights forStage(String stage) {
        String s = stage == null ? "" : stage.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "spatial-ast" -> SPATIAL_AST;
            case "dspast1" -> DSPAST_STAGE1;
            case "dspast2" -> DSPAST_STAGE2;
            case "dspast3" -> DSPAST_STAGE3;
            default -> throw new IllegalArgumentException("stage: expected spatial-ast, dspast1, dspast2 or dspast3, got \""
                    + stage + "\"");
        };
    }

    /**
     * Parses {@code "SED,DP,DOAE"}, e.g. {@code "0,0,1"} for a direction-only loss.
     *
     * @param text three comma-separated non-negative numbers, not all zero
     * @return the weights
     * @throws IllegalArgumentException if the text is not three such numbers (the message quotes it)
     */
    public static LossWeights parse(String text) {
        String[] p = text == null ? new String[0] : text.split(",", -1);
        if (p.length != 3) {
            throw new IllegalArgumentException("loss weights: expected SED,DP,DOAE (three numbers), got \"" + text + "\"");
        }
        try {
            return new LossWeights(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()),
                    Double.parseDouble(p[2].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("loss weights: expected SED,DP,DOAE (three numbers), got \"" + text + "\"", e);
        }
    }
}
