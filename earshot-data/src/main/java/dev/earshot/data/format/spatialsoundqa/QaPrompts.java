package dev.earshot.data.format.spatialsoundqa;

/** BAT's prompt template and answer vocabulary (SPEC.md 3.1-3.2). */
public final class QaPrompts {
    /** The no-input prompt template wrapping every question; {@code {question}} is replaced. */
    public static final String TEMPLATE = "Based on the audio you've heard, refer to the instruction and provide a"
            + " response.\n\n### Instruction:\n{question}\n\n### Response:";
    /** Binary answers. */
    public static final String YES = "Yes";
    /** Binary answers. */
    public static final String NO = "No";

    private QaPrompts() {
    }

    /**
     * @param question the question text
     * @return the full prompt
     */
    public static String prompt(String question) {
        return TEMPLATE.replace("{question}", question);
    }

    /**
     * Formats a distance on the 0.5 m grid of Spatial-AST's 21 distance classes ("2m", "2.5m").
     *
     * @param distanceM distance in metres
     * @return {@code round(2 d) / 2} (half to even) with "m", no trailing ".0"
     */
    public static String meters(double distanceM) {
        long halves = (long) Math.rint(distanceM * 2);
        return (halves % 2 == 0 ? Long.toString(halves / 2) : (halves / 2) + ".5") + "m";
    }

    /**
     * @param azimuthDeg Earshot azimuth (+left)
     * @return "left" for azimuth in [0, 180], else "right"
     */
    public static String leftRight(double azimuthDeg) {
        return azimuthDeg >= 0 ? "left" : "right";
    }

    /**
     * @param azimuthDeg Earshot azimuth
     * @return "front" for |azimuth| &lt;= 90, else "behind"
     */
    public static String frontBehind(double azimuthDeg) {
        return Math.abs(azimuthDeg) <= 90 ? "front" : "behind";
    }

    /**
     * @param elevationDeg elevation
     * @return "above" for elevation &gt;= 0, else "below"
     */
    public static String aboveBelow(double elevationDeg) {
        return elevationDeg >= 0 ? "above" : "below";
    }
}
